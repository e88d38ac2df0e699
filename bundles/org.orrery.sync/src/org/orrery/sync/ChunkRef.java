package org.orrery.sync;

/** One chunk of a file: its hash and length; its offset is the sum of the lengths before it. */
public record ChunkRef(Hash hash, int length) {
}
