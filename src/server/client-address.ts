import { BlockList, isIP } from 'node:net';
import type { TrustProxy } from '../config.js';

/**
 * Who a request comes from, for the rate limiter: the address the nearest untrusted hop had, as
 * Express's `trust proxy` and `proxy-addr` decide it. The chain is the socket's peer, then
 * X-Forwarded-For read right to left (each proxy appends the address it saw); the first address
 * that is not a trusted proxy is the client. Anything left of it was written by the client and is
 * never believed. The result is a short key: IPv4 as is, IPv6 grouped by its /64 (one subscriber
 * gets a whole /64, so single addresses would be free to change).
 */

const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
};

/** Longest X-Forwarded-For read; a longer header is cut (the right end, nearest us, is kept). */
const MAX_FORWARDED_CHARS = 2048;

export type ClientAddressOf = (socketAddress: string | undefined, forwardedFor: string | undefined) => string;

export function clientAddressResolver(trust: TrustProxy | boolean | undefined): ClientAddressOf {
  const setting: TrustProxy = trust === true ? { hops: 1 } : trust === false || trust === undefined ? { hops: 0 } : trust;
  const isTrusted = trustTest(setting);
  return (socketAddress, forwardedFor) => {
    const socket = normaliseAddress(socketAddress);
    if (!isTrusted(socket, 0) || !forwardedFor) return keyOf(socket);
    const hops = forwardedFor.slice(-MAX_FORWARDED_CHARS).split(',').map((hop) => hop.trim()).reverse();
    let client = socket;
    for (let index = 0; index < hops.length; index++) {
      const address = normaliseAddress(hops[index]);
      // A hop that is no address at all cannot be a client we tell apart: the proxy that passed it answers for it.
      if (address === undefined) break;
      client = address;
      if (!isTrusted(address, index + 1)) break;
    }
    return keyOf(client);
  };
}

function trustTest(setting: TrustProxy): (address: string | undefined, hop: number) => boolean {
  if ('hops' in setting) return (_address, hop) => hop < setting.hops;
  const list = new BlockList();
  for (const range of setting.ranges.flatMap((entry) => NAMED_RANGES[entry] ?? [entry])) {
    const [address, bits] = range.split('/') as [string, string | undefined];
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return (address) => address !== undefined && list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** An address as one spelling: IPv4-mapped IPv6 as IPv4, brackets, ports and zone ids dropped; undefined if it is none. */
export function normaliseAddress(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let text = raw.trim();
  if (text.length > 64) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  text = text.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (mapped) text = mapped[1]!;
  return isIP(text) ? text : undefined;
}

/** The rate limiter's key: IPv4 as is, IPv6 as its /64 prefix. */
function keyOf(address: string | undefined): string {
  if (address === undefined) return 'local';
  if (isIP(address) !== 6) return address;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address (with an embedded IPv4 tail as two groups). */
function expandIpv6(address: string): string[] {
  let text = address;
  const ipv4Tail = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (ipv4Tail) {
    const [a, b, c, d] = ipv4Tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, ipv4Tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array(missing).fill('0'), ...tailGroups].map((group) => Number.parseInt(group || '0', 16).toString(16));
}
