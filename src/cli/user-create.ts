/**
 * Creates an account: npm run user:create -- --email staff@ovop.kg --role staff --name "Айгүл" [--password …]
 * [--producer <producer slug>] [--locale ky|ru|en]. Without --password a strong one is generated and shown once.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getDb } from '../../db/client.ts';
import { createUser, DuplicateEmailError } from '../lib/accounts/users.ts';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    producer: { type: 'string' },
    locale: { type: 'string' },
  },
});
const db = getDb();
let producerId: number | undefined;
if (values.producer) {
  const rs = await db.$client.execute({ sql: 'SELECT id FROM producers WHERE slug = ?', args: [values.producer] });
  if (!rs.rows[0]) {
    console.error(`No producer with the slug ${values.producer}`);
    process.exit(2);
  }
  producerId = Number(rs.rows[0].id);
}
const generated = values.password ? undefined : randomBytes(15).toString('base64url');
try {
  const id = await createUser(db, {
    email: values.email ?? '',
    password: values.password ?? generated!,
    role: (values.role ?? '') as 'staff',
    name: values.name ?? values.email?.split('@')[0] ?? '',
    locale: (values.locale ?? 'ky') as 'ky',
    producerId,
  });
  console.log(
    `Created ${values.role} account #${id} for ${values.email}${generated ? `\nPassword (shown once): ${generated}` : ''}`,
  );
} catch (error) {
  if (error instanceof z.ZodError) {
    console.error(
      `Cannot create the account:\n${error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
    process.exit(2);
  }
  if (error instanceof DuplicateEmailError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
db.$client.close();
