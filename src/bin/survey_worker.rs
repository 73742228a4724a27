//! The survey worker's wasm binary: reads and analyses survey files off the main thread
//! (see `peakend::web::survey::worker`). Started by the page when the survey panel opens.

fn main() {
    peakend::web::survey::worker::start();
}
