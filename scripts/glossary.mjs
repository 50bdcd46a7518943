// Writes docs/GLOSSARY.md from src/lib/i18n/glossary.ts (Node 24 strips the types itself).
import { writeFileSync } from 'node:fs';
import { renderGlossaryMarkdown } from '../src/lib/i18n/glossary.ts';

writeFileSync(new URL('../docs/GLOSSARY.md', import.meta.url), renderGlossaryMarkdown());
console.log('docs/GLOSSARY.md written');
