import { describe, expect, it } from 'vitest';
import { getEnv } from './env.ts';

describe('getEnv', () => {
  it('defaults PUBLIC_URL to the local address `npm start` serves, on the configured port', () => {
    expect(getEnv({}).PUBLIC_URL).toBe('http://localhost:4321');
    expect(getEnv({ PORT: '8080' }).PUBLIC_URL).toBe('http://localhost:8080');
  });

  it('keeps PUBLIC_URL as an origin and refuses paths and other schemes', () => {
    expect(getEnv({ PUBLIC_URL: 'https://Shop.Example.kg/' }).PUBLIC_URL).toBe('https://shop.example.kg');
    expect(getEnv({ PUBLIC_URL: 'https://shop.example.kg:8443' }).PUBLIC_URL).toBe('https://shop.example.kg:8443');
    expect(() => getEnv({ PUBLIC_URL: 'https://shop.example.kg/shop' })).toThrow(/PUBLIC_URL: must be an origin/);
    expect(() => getEnv({ PUBLIC_URL: 'ftp://shop.example.kg' })).toThrow(/PUBLIC_URL/);
    expect(() => getEnv({ PUBLIC_URL: 'shop.example.kg' })).toThrow(/PUBLIC_URL/);
  });

  it('reads TRUSTED_PROXIES, trusting nobody by default, and names a wrong entry', () => {
    expect(getEnv({}).TRUSTED_PROXIES.trusts('127.0.0.1')).toBe(false);
    expect(getEnv({ TRUSTED_PROXIES: 'loopback, 10.0.0.0/8' }).TRUSTED_PROXIES.trusts('10.3.2.1')).toBe(true);
    expect(() => getEnv({ TRUSTED_PROXIES: '127.0.0.1, nginx' })).toThrow(/TRUSTED_PROXIES: "nginx" is not/);
  });

  it('reads the S3 settings, with keys only as a pair', () => {
    expect(getEnv({}).S3_BUCKET).toBeUndefined();
    const env = getEnv({
      S3_BUCKET: 'ovop-uploads',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect([env.S3_BUCKET, env.S3_REGION, env.S3_FORCE_PATH_STYLE]).toEqual(['ovop-uploads', 'us-east-1', true]);
    expect(() => getEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_BUCKET[\s\S]*S3_SECRET_ACCESS_KEY/);
    expect(() => getEnv({ S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
  });
});
