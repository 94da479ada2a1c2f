// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer entry for the CSV import path: any bytes go through encoding detection, decoding in
// two uneven chunks, delimiter sniffing, the CSV reader and the contact mapping. Nothing may crash
// or trip AddressSanitizer or UBSan. Run e.g. ./fuzz_csv -max_total_time=60 tests/fuzz/corpus/csv
#include "CsvContactMapping.h"
#include "CsvReader.h"
#include "TextDecoder.h"

#include <cstddef>
#include <cstdint>

using namespace Rapport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    TextDecoder decoder(TextDecoder::detect(bytes));
    const qsizetype split = bytes.size() / 3;
    const QString first = decoder.decode(bytes.first(split));
    const QString second = decoder.decode(bytes.sliced(split));

    CsvReader reader(CsvReader::sniffDelimiter(first + second));
    std::optional<CsvContactMapping> mapping;
    const CsvReader::Sink sink = [&mapping](CsvRecord&& record) {
        if (!mapping) {
            if (const auto dialect = CsvContactMapping::recognize(record.fields))
                mapping = CsvContactMapping::forHeader(*dialect, record.fields);
            return;
        }
        ImportRecord out;
        mapping->toRecord(record.fields, record.line, &out);
    };
    reader.feed(first, sink);
    reader.feed(second, sink);
    reader.finish(sink);
    return 0;
}
