import { expect } from '@open-wc/testing';
import { hashPin, pinLockSeconds, sha256, verifyPin } from '../../src/core/pin.js';

const hex = (bytes: Uint8Array) => Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('staff PIN hash', () => {
  it('computes SHA-256 as Node does (empty, one block, several blocks)', () => {
    expect(hex(sha256(utf8('')))).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(utf8('abc')))).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(utf8('a'.repeat(1000))))).to.equal(
      '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3',
    );
  });

  it('matches the hash printed by scripts/kiosk-pin.mjs', () => {
    // node scripts/kiosk-pin.mjs 1234 00112233445566778899aabbccddeeff
    const stored =
      'sha256:20000:00112233445566778899aabbccddeeff:a407c10aee432a9cf759fe4f3b30f2fd560e887dda531cd198ed2c73b1674fc5';
    expect(hashPin('1234', '00112233445566778899aabbccddeeff')).to.equal(stored);
    expect(verifyPin('1234', stored)).to.equal(true);
    expect(verifyPin('1235', stored)).to.equal(false);
    expect(verifyPin('1234', 'sha256:1:abc:36f583dd16f4e1e201eb1e6f6d8e35a2ccb3bbe2658de46b4ffae7b0e9ed872e')).to.equal(
      true,
    );
  });

  it('salts each new hash and refuses malformed ones', () => {
    const a = hashPin('1234');
    expect(a).to.not.equal(hashPin('1234'));
    expect(a).to.not.contain('1234:');
    expect(verifyPin('1234', a)).to.equal(true);
    for (const bad of ['', '1234', 'md5:1:a:b', 'sha256:x:a:b', 'sha256:0:a:b', 'sha256:99999999:a:b'])
      expect(verifyPin('1234', bad), bad).to.equal(false);
  });

  it('locks PIN entry for a growing time after each wrong PIN', () => {
    expect([0, 1, 2, 3, 4, 10, 20].map(pinLockSeconds)).to.deep.equal([0, 1, 2, 4, 8, 300, 300]);
  });
});
