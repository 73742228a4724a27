//! A fast hasher for lookups of the user's own words and labels: the survey reader's
//! (segment labels, respondent ids, long items) and the stories' recurring words. The
//! keys come from the user's own file or typing, in the user's own browser: no adversary
//! to guard against, so no need for the standard library's DoS-resistant (and slower)
//! SipHash.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Multiply-rotate over 8-byte words, with a final mix so every bit of the result
/// depends on every bit of the input (hashbrown takes buckets from the low bits and tags
/// from the high ones).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordHasher(u64);

const K: u64 = 0x9e37_79b9_7f4a_7c15;

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut b = [0u8; 8];
            b.copy_from_slice(w);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b) ^ (rest.len() as u64) << 59)
                .wrapping_mul(K);
        }
        self.0 = h;
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(K);
    }

    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }
}

/// A `HashMap` with [`WordHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A `HashSet` with [`WordHasher`].
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    fn hash(bytes: &[u8]) -> u64 {
        BuildHasherDefault::<WordHasher>::default().hash_one(bytes)
    }

    #[test]
    fn nearby_keys_spread_over_buckets_and_tags() {
        let keys: Vec<String> = (0..4096).map(|i| format!("R_{i:06}")).collect();
        let low: std::collections::HashSet<u64> =
            keys.iter().map(|k| hash(k.as_bytes()) & 4095).collect();
        let high: std::collections::HashSet<u64> =
            keys.iter().map(|k| hash(k.as_bytes()) >> 57).collect();
        assert!(low.len() > 2400, "{} of 4096 buckets", low.len());
        assert_eq!(high.len(), 128);
        // Trailing zero bytes and the length are part of the key.
        assert_ne!(hash(b"a"), hash(b"a\0"));
    }
}
