package org.orrery.sync;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A SHA-256 value: a chunk's identity, and a file's (the hash of its chunk hashes, see
 * {@link FileEntry#fileHash()}). SHA-256 because java.security has it on every JVM and the JDK
 * compiles it to the CPU's SHA instructions (SHA-NI) where they exist, which makes it faster here
 * than any non-cryptographic 256-bit hash written in Java; a collision would install wrong data,
 * so a weaker hash is not an option.
 */
public final class Hash implements Comparable<Hash> {

    /** Bytes in a hash. */
    public static final int SIZE = 32;

    private final byte[] bytes;
    private final int hashCode;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
        // SHA-256 output is uniform: its first four bytes are as good a hash code as any.
        this.hashCode = (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8 | bytes[3] & 0xff;
    }

    /** The hash held in {@code bytes[offset .. offset + 32)} (copied). */
    public static Hash of(byte[] bytes, int offset) {
        return new Hash(Arrays.copyOfRange(bytes, offset, offset + SIZE));
    }

    /** Takes {@code bytes} (32 of them) without copying: for digests nobody else holds. */
    static Hash wrap(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a hash has 32 bytes, not " + bytes.length);
        }
        return new Hash(bytes);
    }

    /** SHA-256 of {@code data[offset .. offset + length)}. */
    public static Hash sha256(byte[] data, int offset, int length) {
        MessageDigest digest = newDigest();
        digest.update(data, offset, length);
        return new Hash(digest.digest());
    }

    /** A new SHA-256 digest (every JVM has one). */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, SIZE);
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** The first 12 hex digits: enough to name a chunk in a message. */
    public String shortHex() {
        return hex().substring(0, 12);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash h && h.hashCode == hashCode && Arrays.equals(h.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return hashCode;
    }

    @Override
    public int compareTo(Hash o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return shortHex();
    }
}
