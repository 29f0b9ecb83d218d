import { describe, expect, it } from 'vitest';
import { loggedAddress, subscriberKey } from './client-address';

describe('client addresses', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::7', '2001:db8:1:2::/64'],
    ['2001:DB8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1:2.3.4.5', 'fe80:0:0:0::/64'],
  ])('keys %s to its subscriber %s', (ip, key) => expect(subscriberKey(ip)).toBe(key));

  it.each([
    ['203.0.113.9', 'off', undefined],
    ['203.0.113.9', 'truncated', '203.0.113.0/24'],
    ['203.0.113.9', 'full', '203.0.113.9'],
    ['::ffff:198.51.100.77', 'truncated', '198.51.100.0/24'],
    ['2001:db8:aa:bb:cc::1', 'truncated', '2001:db8:aa::/48'],
    ['2001:db8:aa:bb:cc::1', 'full', '2001:db8:aa:bb:cc::1'],
    ['not-an-address', 'truncated', undefined],
  ] as const)('logs %s as %s → %s', (ip, mode, logged) => expect(loggedAddress(ip, mode)).toBe(logged));
});
