//! The survey reader must never panic, and reading in odd-sized chunks must give what
//! reading the whole file gives.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peakend::io::survey::{Reader, read_all};

fuzz_target!(|data: &[u8]| {
    let Ok((detected, whole, summary)) = read_all(data, None) else {
        return;
    };
    let k = whole.touchpoints.len();
    assert_eq!(whole.ratings.len(), whole.respondents() * k);
    assert_eq!(whole.nps.len(), whole.respondents());
    for s in &whole.segments {
        assert_eq!(s.codes.len(), whole.respondents());
        assert!(s.values.len() <= peakend::model::survey::MAX_SEGMENT_VALUES);
    }
    let mut reader = Reader::new(&detected, &detected.mapping).expect("the mapping fits");
    // Chunk sizes from the data itself: 1, 2, 3, 5, 8, … bytes, cycling.
    let sizes = [1usize, 2, 3, 5, 8, 13, 21];
    let mut at = 0;
    let mut i = data.first().map_or(0, |b| usize::from(*b) % sizes.len());
    while at < data.len() {
        let end = (at + sizes[i % sizes.len()]).min(data.len());
        reader.feed(&data[at..end]);
        at = end;
        i += 1;
    }
    let (chunked, chunked_summary) = reader.finish().expect("read once, reads again");
    let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(&chunked.ratings), bits(&whole.ratings));
    assert_eq!(bits(&chunked.overall), bits(&whole.overall));
    assert_eq!(bits(&chunked.nps), bits(&whole.nps));
    assert_eq!(chunked.segments, whole.segments);
    assert_eq!(chunked_summary, summary);
});
