import {
  createCipheriv,
  createHash,
  createHmac,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import type { Diagnostic } from '../../../core/diagnostic.js';
import { ProbeError, toDiagnostic } from '../probe-error.js';
import { type ProbeSocket, withSocket } from '../probe-socket.js';
import { baseDocument, type LiveTarget, type ProbeOptions } from '../types.js';
import type { SshAlgorithms, SshLiveDocument } from './ssh-document.js';
import {
  buildPacket,
  type KexInit,
  MAX_PACKET,
  MSG,
  mpint,
  nameList,
  parseKexInit,
  plainPacketFramer,
  plainPayload,
  SshReader,
  sshString,
} from './ssh-wire.js';

export interface SshProbeOptions extends ProbeOptions {
  /** Ask which authentication methods are offered (completes a key exchange; default true). */
  readonly authMethods?: boolean;
  /** User name for the `none` request (default `plumb-probe`; OpenSSH answers alike for unknown users). */
  readonly authUser?: string;
}

export const CLIENT_BANNER = 'SSH-2.0-PlumbScan_1.0';

const KEX_ALGS = ['curve25519-sha256', 'curve25519-sha256@libssh.org'];
const CIPHER = 'aes128-ctr';
const MAC = 'hmac-sha2-256';
const X25519_SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

/** Reads the identification line, skipping pre-banner lines (RFC 4253 4.2 allows them). */
async function readBanner(socket: ProbeSocket, endpoint: string): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const line = await socket.readLine(1024, 'SSH identification line');
    if (line.startsWith('SSH-')) return line.replace(/\r$/, '');
  }
  throw new ProbeError('protocol-error', `${endpoint}: no SSH identification line`);
}

function mergeAlgorithms(k: KexInit): SshAlgorithms {
  const u = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  return {
    kex: k.kex.filter((x) => !x.startsWith('ext-info-') && !x.startsWith('kex-strict-')),
    hostKey: k.hostKey,
    ciphers: u(k.encC2S, k.encS2C),
    macs: u(k.macC2S, k.macS2C),
    compression: u(k.compC2S, k.compS2C),
  };
}

/** AES-CTR at a block offset, stateless, so a framer can peek at the first block of a packet. */
function ctr(key: Buffer, iv: Buffer, blockOffset: number, data: Buffer): Buffer {
  const counter = Buffer.from(iv);
  let carry = BigInt(blockOffset);
  for (let i = 15; i >= 0 && carry > 0n; i--) {
    const sum = BigInt(counter[i] as number) + (carry & 0xffn);
    counter[i] = Number(sum & 0xffn);
    carry = (carry >> 8n) + (sum >> 8n);
  }
  return createCipheriv('aes-128-ctr', key, counter).update(data);
}

interface Direction {
  readonly key: Buffer;
  readonly iv: Buffer;
  readonly macKey: Buffer;
  offset: number;
  seq: number;
}

/**
 * Completes a curve25519-sha256 key exchange with aes128-ctr + hmac-sha2-256 and asks for the
 * `ssh-userauth` service with the `none` method, which makes the server list the methods it accepts.
 * No credentials are ever sent. The server's host-key signature is not verified: nothing we send
 * depends on the server's identity.
 */
async function authMethods(
  socket: ProbeSocket,
  endpoint: string,
  serverBanner: string,
  serverKexPayload: Buffer,
  server: KexInit,
  user: string,
): Promise<{ methods: string[]; success: boolean }> {
  const kex = KEX_ALGS.find((k) => server.kex.includes(k));
  if (!kex) throw new ProbeError('protocol-error', `${endpoint}: no curve25519 key exchange to complete`);
  if (!server.encC2S.includes(CIPHER) || !server.encS2C.includes(CIPHER))
    throw new ProbeError('protocol-error', `${endpoint}: server does not offer ${CIPHER}`);
  if (!server.macC2S.includes(MAC) || !server.macS2C.includes(MAC))
    throw new ProbeError('protocol-error', `${endpoint}: server does not offer ${MAC}`);
  if (!server.compC2S.includes('none'))
    throw new ProbeError('protocol-error', `${endpoint}: server requires compression`);

  const clientKex = Buffer.concat([
    Buffer.from([MSG.KEXINIT]),
    randomBytes(16),
    nameList([kex]),
    nameList(server.hostKey),
    nameList([CIPHER]),
    nameList([CIPHER]),
    nameList([MAC]),
    nameList([MAC]),
    nameList(['none']),
    nameList(['none']),
    nameList([]),
    nameList([]),
    Buffer.from([0, 0, 0, 0, 0]),
  ]);
  let clientSeq = 0;
  let serverSeq = 1; // the server's KEXINIT was packet 0
  socket.write(buildPacket(clientKex));
  clientSeq++;
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const qc = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  socket.write(buildPacket(Buffer.concat([Buffer.from([MSG.KEX_ECDH_INIT]), sshString(qc)])));
  clientSeq++;

  const framer = plainPacketFramer(endpoint);
  const nextPlain = async (): Promise<Buffer> => {
    for (;;) {
      const payload = plainPayload(await socket.read(framer, 'SSH packet'), endpoint);
      serverSeq++;
      const type = payload[0];
      if (type === MSG.IGNORE || type === MSG.DEBUG) continue;
      if (type === MSG.DISCONNECT)
        throw new ProbeError('protocol-error', `${endpoint}: server disconnected during key exchange`);
      return payload;
    }
  };
  const reply = await nextPlain();
  if (reply[0] !== MSG.KEX_ECDH_REPLY)
    throw new ProbeError('protocol-error', `${endpoint}: expected KEX_ECDH_REPLY, got ${reply[0]}`);
  const r = new SshReader(reply, endpoint);
  r.byte();
  const hostKey = r.string();
  const qs = r.string();
  if (qs.length !== 32) throw new ProbeError('protocol-error', `${endpoint}: bad curve25519 public key`);
  const shared = diffieHellman({
    privateKey,
    publicKey: createPublicKey({ key: Buffer.concat([X25519_SPKI_PREFIX, qs]), format: 'der', type: 'spki' }),
  });
  const k = mpint(shared);
  const h = createHash('sha256')
    .update(
      Buffer.concat([
        sshString(CLIENT_BANNER),
        sshString(serverBanner),
        sshString(clientKex),
        sshString(serverKexPayload),
        sshString(hostKey),
        sshString(qc),
        sshString(qs),
        k,
      ]),
    )
    .digest();
  const derive = (letter: string) =>
    createHash('sha256')
      .update(Buffer.concat([k, h, Buffer.from(letter), h]))
      .digest();

  socket.write(buildPacket(Buffer.from([MSG.NEWKEYS])));
  clientSeq++;
  const newKeys = await nextPlain();
  if (newKeys[0] !== MSG.NEWKEYS)
    throw new ProbeError('protocol-error', `${endpoint}: expected NEWKEYS, got ${newKeys[0]}`);

  const out: Direction = {
    iv: derive('A').subarray(0, 16),
    key: derive('C').subarray(0, 16),
    macKey: derive('E'),
    offset: 0,
    seq: clientSeq,
  };
  const inn: Direction = {
    iv: derive('B').subarray(0, 16),
    key: derive('D').subarray(0, 16),
    macKey: derive('F'),
    offset: 0,
    seq: serverSeq,
  };
  const send = (payload: Buffer) => {
    const plain = buildPacket(payload, 16);
    const seq = Buffer.alloc(4);
    seq.writeUInt32BE(out.seq >>> 0);
    const mac = createHmac('sha256', out.macKey).update(seq).update(plain).digest();
    socket.write(Buffer.concat([ctr(out.key, out.iv, out.offset / 16, plain), mac]));
    out.offset += plain.length;
    out.seq++;
  };
  const receive = async (): Promise<Buffer> => {
    for (;;) {
      const framed = await socket.read((b) => {
        if (b.length < 16) return null;
        const first = ctr(inn.key, inn.iv, inn.offset / 16, b.subarray(0, 16));
        const len = first.readUInt32BE(0);
        if (len < 12 || len > MAX_PACKET || (len + 4) % 16 !== 0)
          throw new ProbeError('protocol-error', `${endpoint}: invalid encrypted packet length`);
        return b.length >= 4 + len + 32 ? 4 + len + 32 : null;
      }, 'encrypted SSH packet');
      const cipherText = framed.subarray(0, framed.length - 32);
      const plain = ctr(inn.key, inn.iv, inn.offset / 16, cipherText);
      const seq = Buffer.alloc(4);
      seq.writeUInt32BE(inn.seq >>> 0);
      const mac = createHmac('sha256', inn.macKey).update(seq).update(plain).digest();
      if (!timingSafeEqual(mac, framed.subarray(framed.length - 32)))
        throw new ProbeError('protocol-error', `${endpoint}: SSH MAC mismatch`);
      inn.offset += cipherText.length;
      inn.seq++;
      const payload = plainPayload(plain, endpoint);
      const type = payload[0];
      if (type === MSG.IGNORE || type === MSG.DEBUG || type === MSG.EXT_INFO || type === MSG.USERAUTH_BANNER)
        continue;
      if (type === MSG.DISCONNECT) throw new ProbeError('protocol-error', `${endpoint}: server disconnected`);
      return payload;
    }
  };

  send(Buffer.concat([Buffer.from([MSG.SERVICE_REQUEST]), sshString('ssh-userauth')]));
  const accept = await receive();
  if (accept[0] !== MSG.SERVICE_ACCEPT)
    throw new ProbeError('protocol-error', `${endpoint}: ssh-userauth service refused (${accept[0]})`);
  send(
    Buffer.concat([
      Buffer.from([MSG.USERAUTH_REQUEST]),
      sshString(user),
      sshString('ssh-connection'),
      sshString('none'),
    ]),
  );
  const answer = await receive();
  if (answer[0] === MSG.USERAUTH_SUCCESS) return { methods: [], success: true };
  if (answer[0] !== MSG.USERAUTH_FAILURE)
    throw new ProbeError('protocol-error', `${endpoint}: unexpected answer ${answer[0]} to the none request`);
  const ar = new SshReader(answer, endpoint);
  ar.byte();
  return { methods: ar.names(), success: false };
}

/** Probes an SSH server: identification line, KEXINIT algorithm lists, and (best effort) auth methods. */
export async function probeSsh(target: LiveTarget, opts: SshProbeOptions): Promise<SshLiveDocument> {
  const base = { ...baseDocument('ssh-live', 'ssh', target, opts), kind: 'ssh-live' as const };
  const endpoint = base.path;
  const diagnostics: Diagnostic[] = [];
  const user = opts.authUser ?? 'plumb-probe';
  try {
    return await withSocket(target, endpoint, opts.timeoutMs, async (socket) => {
      const banner = await readBanner(socket, endpoint);
      const m = /^SSH-(\d+\.\d+)-(\S+)/.exec(banner);
      const protocolVersion = m?.[1];
      const software = m?.[2];
      const facts = {
        banner,
        ...(protocolVersion !== undefined ? { protocolVersion } : {}),
        ...(software !== undefined ? { software } : {}),
      };
      if (protocolVersion !== '2.0' && protocolVersion !== '1.99') {
        return { ...base, reachable: true, ...facts, diagnostics };
      }
      socket.write(`${CLIENT_BANNER}\r\n`);
      const kexPayload = plainPayload(await socket.read(plainPacketFramer(endpoint), 'KEXINIT'), endpoint);
      const kex = parseKexInit(kexPayload, endpoint);
      const algorithms = mergeAlgorithms(kex);
      let auth: { methods: string[]; success: boolean } | undefined;
      if (opts.authMethods !== false) {
        try {
          auth = await authMethods(socket, endpoint, banner, kexPayload, kex, user);
        } catch (e) {
          diagnostics.push(toDiagnostic(endpoint, e, 'note'));
        }
      }
      return {
        ...base,
        reachable: true,
        ...facts,
        algorithms,
        ...(auth ? { authMethods: auth.methods, noneAuthAccepted: auth.success, authUser: user } : {}),
        diagnostics,
      };
    });
  } catch (e) {
    return { ...base, reachable: false, diagnostics: [...diagnostics, toDiagnostic(endpoint, e)] };
  }
}
