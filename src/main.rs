fn main() {
    peakend::run();
}
