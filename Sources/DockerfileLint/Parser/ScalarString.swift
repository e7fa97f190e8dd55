extension String {
    /// A string from Unicode scalars, encoded straight into UTF-8 storage. Appending scalars to a
    /// `UnicodeScalarView` one by one was a tenth of the parser's time.
    init(scalars: some Collection<Unicode.Scalar>) {
        let capacity = scalars.count * 4
        guard capacity > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
