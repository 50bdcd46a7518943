import { describe, expect, it } from 'vitest';
import { certificateState, isCertificateExpired, isCertificateValid } from './validity.ts';

describe('certificate validity', () => {
  const today = '2026-12-03';
  it('counts the last day as valid and the day after as expired', () => {
    expect(isCertificateValid({ status: 'verified', validUntil: '2026-12-03' }, today)).toBe(true);
    expect(isCertificateValid({ status: 'verified', validUntil: '2026-12-02' }, today)).toBe(false);
    expect(isCertificateExpired({ validUntil: '2026-12-02' }, today)).toBe(true);
  });
  it('never expires a certificate without an end date, and never calls an unverified one valid', () => {
    expect(isCertificateValid({ status: 'verified', validUntil: null }, today)).toBe(true);
    expect(isCertificateValid({ status: 'pending', validUntil: null }, today)).toBe(false);
    expect(isCertificateValid({ status: 'rejected', validUntil: '2030-01-01' }, today)).toBe(false);
  });
  it('shows a verified certificate past its last day as expired, other statuses as they are', () => {
    expect(certificateState({ status: 'verified', validUntil: '2025-01-01' }, today)).toBe('expired');
    expect(certificateState({ status: 'verified', validUntil: '2027-01-01' }, today)).toBe('verified');
    expect(certificateState({ status: 'pending', validUntil: '2025-01-01' }, today)).toBe('pending');
    expect(certificateState({ status: 'rejected', validUntil: '2025-01-01' }, today)).toBe('rejected');
  });
});
