import assert from 'node:assert/strict';
import { test } from 'node:test';
import { literalAddress, specialUseRange } from './address-range.ts';

test('only public unicast addresses may receive webhooks; every special-use range is named', () => {
  const cases: [string, string | null][] = [
    ['8.8.8.8', null],
    ['203.0.114.1', null],
    ['2606:4700::1111', null],
    ['::ffff:8.8.8.8', null],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'], // 0.0.0.0/8: "this network", reaches localhost on Linux
    ['::', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['172.32.0.1', null],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.255', 'carrierGradeNat'],
    ['169.254.169.254', 'linkLocal'], // cloud metadata service
    ['169.254.0.1', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['febf::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['::ffff:127.0.0.1', 'loopback'], // IPv4-mapped IPv6 judged as IPv4
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['::7f00:1', 'ipv4Compatible'],
    ['64:ff9b::7f00:1', 'rfc6052'], // NAT64 to 127.0.0.1
    ['64:ff9b:1::a00:1', 'rfc6052'], // local-use NAT64 (RFC 8215) to 10.0.0.1
    ['2002:7f00:1::', '6to4'],
    ['2001::1', 'teredo'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['not an address', 'invalid'],
  ];
  for (const [address, range] of cases) assert.equal(specialUseRange(address), range, address);
});

test('IP literals are read from URL hosts, names are left to resolve', () => {
  const cases: [string, string | null][] = [
    [new URL('http://127.0.0.1:8080/x').hostname, '127.0.0.1'],
    [new URL('http://[::1]/x').hostname, '::1'],
    [new URL('http://[::ffff:7f00:1]/').hostname, '::ffff:7f00:1'],
    [new URL('http://2130706433/').hostname, '127.0.0.1'], // WHATWG URL normalises decimal IPv4
    [new URL('http://0x7f.1/').hostname, '127.0.0.1'],
    [new URL('https://hooks.example.com/').hostname, null],
    [new URL('http://localhost/').hostname, null],
  ];
  for (const [host, literal] of cases) assert.equal(literalAddress(host), literal, host);
});
