// States.Base64Encode, States.Base64Decode and States.Hash, plus the pure-TypeScript codecs under them, checked
// against published test vectors, values recorded on AWS, and Node's own Buffer and crypto.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64DecodeLenient, base64Encode } from '../../engine/intrinsics/codec/base64';
import { hashHex, type HashAlgorithm } from '../../engine/intrinsics/codec/hash';
import { utf8Decode, utf8Encode } from '../../engine/intrinsics/codec/utf8';
import { failingCases, okCases } from './cases';

const a10000 = 'a'.repeat(10_000);
const a10001 = 'a'.repeat(10_001);

describe('States.Base64Encode', () => {
  okCases([
    ['States.Base64Encode($.input)', { input: 'Data to encode' }, 'RGF0YSB0byBlbmNvZGU='], // the guide's example
    ["States.Base64Encode('')", {}, ''],
    ["States.Base64Encode('hello')", {}, 'aGVsbG8='],
    ['States.Base64Encode($.s)', { s: '✓' }, '4pyT'],
    ['States.Base64Encode($.s)', { s: 'こんにちは' }, '44GT44KT44Gr44Gh44Gv'],
    ["States.Base64Encode('🚀')", {}, '8J+agA=='],
    ['States.Base64Encode($.s)', { s: 'abc\u0000def' }, 'YWJjAGRlZg=='],
    ['States.Base64Encode($.s)', { s: 'line1\nline2' }, 'bGluZTEKbGluZTI='],
    ['States.Base64Encode($.s)', { s: a10000 }, Buffer.from(a10000).toString('base64')], // the 10,000-character limit
  ]);
  failingCases([
    ['States.Base64Encode($.s)', { s: a10001 }, 'Invalid arguments in States.Base64Encode: the input has 10001 characters; the limit is 10,000'],
    ['States.Base64Encode($.s)', { s: 123 }, 'the first argument must be a string, not a number'],
    ['States.Base64Encode($.s)', { s: ['x'] }, 'not an array'],
    ['States.Base64Encode($.missing)', {}, "could not be found in the input '{}'"],
  ]);
});

describe('States.Base64Decode', () => {
  okCases([
    // The guide prints "Decoded data" as this example's result; the string decodes to "Data to encode".
    ['States.Base64Decode($.base64)', { base64: 'RGF0YSB0byBlbmNvZGU=' }, 'Data to encode'],
    ["States.Base64Decode('')", {}, ''],
    ["States.Base64Decode('4pyT')", {}, '✓'],
    ["States.Base64Decode('44GT44KT44Gr44Gh44Gv')", {}, 'こんにちは'],
    ['States.Base64Decode($.s)', { s: 'YWJjAGRlZg==' }, 'abc\u0000def'],
    ['States.Base64Decode(States.Base64Encode($.s))', { s: 'hello' }, 'hello'],
    // AWS-observed leniency: surrounding spaces, missing padding, characters outside the alphabet, data after '='.
    ["States.Base64Decode(' YWJjZA== ')", {}, 'abcd'],
    ["States.Base64Decode('YWJjZA')", {}, 'abcd'],
    ["States.Base64Decode('ab==cd')", {}, 'i'],
    ["States.Base64Decode('!!!aGVs!bG8=')", {}, 'hello'],
    ["States.Base64Decode('/w==')", {}, '\ufffd'], // a byte that is not UTF-8
  ]);
  failingCases([
    ['States.Base64Decode($.s)', { s: 'A'.repeat(10_001) }, 'Invalid arguments in States.Base64Decode: the input has 10001 characters'],
    ['States.Base64Decode(123)', {}, 'must be a string'],
    ['States.Base64Decode($.o)', { o: {} }, 'not an object'],
  ]);
});

describe('States.Hash', () => {
  okCases([
    // Values a conformance suite recorded on AWS.
    ["States.Hash('hello', 'MD5')", {}, '5d41402abc4b2a76b9719d911017c592'],
    ["States.Hash('hello', 'SHA-1')", {}, 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d'],
    ["States.Hash('hello', 'SHA-256')", {}, '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824'],
    ["States.Hash('hello', 'SHA-384')", {}, '59e1748777448c69de6b800d7a33bbfb9ff1b463e44354c3553bcdb9c666fa90125a3c79f90397bdf5f6a13de828684f'],
    ["States.Hash('hello', 'SHA-512')", {}, '9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043'],
    ["States.Hash('', 'SHA-256')", {}, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ["States.Hash($.s, 'SHA-256')", { s: '✓' }, '1dabba21cdad44541f6b15796f8d22978fc7ea10c46aeceeeeb66c23b3ac7604'],
    ["States.Hash($.s, 'SHA-256')", { s: 'こんにちは' }, '125aeadf27b0459b8760c13a3d80912dfa8a81a68261906f60d87f4a0268646c'],
    ["States.Hash('🚀', 'SHA-256')", {}, 'ebbc0b2870eb323f2b6cffa5c493ceef81ae7eb36afc73d4e0367301631daec5'],
    ["States.Hash($.s, 'MD5')", { s: 'abc\u0000def' }, 'a5e4d5963ae44c1f4bfb37b1a3d55a3c'],
    ['States.Hash($.s, $.algo)', { s: 'Data to encode', algo: 'MD5' }, 'ca405671828a177e26947171bbe1e352'],
    ["States.Hash(States.Format('{}:{}', $.a, $.b), 'SHA-256')", { a: 'x', b: 'y' }, '1274e286686b54fe765ec40735665b4bf789cee2a5b22124c5e0491a88e15271'],
    // The guide's example; it prints this digest with one '4' missing (…d18d7485e8… instead of …d18d74485e8…).
    ['States.Hash($.Data, $.Algorithm)', { Data: 'input data', Algorithm: 'SHA-1' }, 'aaff4a450a104cd177d28d18d74485e8cae074b7'],
    // AWS-observed: numbers and objects are hashed by their JSON text.
    ["States.Hash(123, 'MD5')", {}, '202cb962ac59075b964b07152d234b70'],
    ["States.Hash($.o, 'MD5')", { o: {} }, '99914b932bd37a50b983c5e7c90ae93b'],
    ["States.Hash($.s, 'SHA-256')", { s: a10000 }, createHash('sha256').update(a10000).digest('hex')],
  ]);
  failingCases([
    ["States.Hash($.s, 'SHA-256')", { s: a10001 }, 'Invalid arguments in States.Hash: the data has 10001 characters; the limit is 10,000'],
    ['States.Hash($.s, $.a)', { s: 'x', a: 'sha-256' }, "unknown algorithm 'sha-256'; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512"],
    ['States.Hash($.s, $.a)', { s: 'x', a: 'SHA256' }, "unknown algorithm 'SHA256'"],
    ["States.Hash('hello', 123)", {}, 'the second argument must be a string, not a number'],
    ["States.Hash(null, 'MD5')", {}, 'must not be null'],
    ["States.Hash($.missing, 'SHA-256')", {}, "could not be found in the input '{}'"],
  ]);
});

describe('hash functions', () => {
  // FIPS 180-2 appendix and RFC 1321 test suite vectors.
  const abc = new Uint8Array([0x61, 0x62, 0x63]);
  const longMsg = utf8Encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq');
  it.each([
    ['MD5', '', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['MD5', 'a', '0cc175b9c0f1b6a831c399e269772661'],
    ['MD5', 'message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['MD5', '12345678901234567890123456789012345678901234567890123456789012345678901234567890', '57edf4a22be3c955ac49da2e2107b67a'],
    ['SHA-1', 'abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['SHA-256', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['SHA-384', 'abc', 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'],
    ['SHA-512', 'abc', 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
  ] as Array<[HashAlgorithm, string, string]>)('%s(%j)', (algorithm, text, digest) => {
    expect(hashHex(algorithm, utf8Encode(text))).toBe(digest);
  });

  it('hash the two-block FIPS messages', () => {
    expect(hashHex('SHA-256', longMsg)).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(hashHex('SHA-1', longMsg)).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
    expect(hashHex('SHA-512', abc)).toBe(createHash('sha512').update(Buffer.from(abc)).digest('hex'));
  });

  it('agree with Node for every length around the block boundaries', () => {
    const names: Array<[HashAlgorithm, string]> = [['MD5', 'md5'], ['SHA-1', 'sha1'], ['SHA-256', 'sha256'], ['SHA-384', 'sha384'], ['SHA-512', 'sha512']];
    const data = randomBytes(300);
    for (let len = 0; len <= 300; len++) {
      const slice = data.subarray(0, len);
      for (const [ours, node] of names) {
        expect(hashHex(ours, new Uint8Array(slice)), `${ours} of ${len} bytes`).toBe(createHash(node).update(slice).digest('hex'));
      }
    }
  });
});

describe('codecs', () => {
  it('encode Base64 like Node for every length up to 100', () => {
    const data = randomBytes(100);
    for (let len = 0; len <= 100; len++) {
      const slice = data.subarray(0, len);
      const encoded = base64Encode(new Uint8Array(slice));
      expect(encoded).toBe(slice.toString('base64'));
      expect(Buffer.from(base64DecodeLenient(encoded))).toEqual(slice);
    }
  });

  it('encode and decode UTF-8 like Node', () => {
    const text = 'ascii é ß € 中文 𐍈 🚀 \u0000 \u007f \u0080 \u07ff \u0800 \uffff';
    expect(Buffer.from(utf8Encode(text))).toEqual(Buffer.from(text, 'utf8'));
    expect(utf8Decode(utf8Encode(text))).toBe(text);
  });

  it('write an unpaired surrogate as ? (Java) and read bad UTF-8 as U+FFFD', () => {
    expect([...utf8Encode('a\ud800b')]).toEqual([0x61, 0x3f, 0x62]);
    expect(utf8Decode(new Uint8Array([0x61, 0xff, 0xc3, 0x28, 0xe2, 0x82]))).toBe('a\ufffd\ufffd(\ufffd');
    expect(utf8Decode(new Uint8Array([0xc0, 0x80]))).toBe('\ufffd\ufffd'); // overlong
    expect(utf8Decode(new Uint8Array([0xed, 0xa0, 0x80]))).toBe('\ufffd'); // an encoded surrogate
  });
});
