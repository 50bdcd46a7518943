/** A local S3-compatible server (s3rver, decision 59) with one empty bucket, for shops that share their uploads. */
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

export interface RunningS3 {
  /** The S3_* variables that point a shop at the bucket. */
  env: Record<string, string>;
  /** A client of the same server, to look into the bucket as the test. */
  client: S3Client;
  bucket: string;
  stop: () => Promise<void>;
}

/** Starts s3rver in this process on a free port, keeping its objects under `dir`, and creates `bucket`. */
export async function startS3(dir: string, bucket = 'ovop-test-uploads'): Promise<RunningS3> {
  const server = new S3rver({ port: 0, address: '127.0.0.1', directory: join(dir, 's3'), silent: true });
  const { port } = await server.run();
  const env = {
    S3_BUCKET: bucket,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  };
  const client = new S3Client({
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    env,
    client,
    bucket,
    stop: async () => {
      client.destroy();
      await server.close();
    },
  };
}
