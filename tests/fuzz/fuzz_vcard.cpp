// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer entry for the vCard reader: any bytes, decoded as UTF-8 the way an import would, must neither crash
// nor trip AddressSanitizer or UBSan. Build with clang (tests/fuzz/vcard.cmake) and run e.g.
//   ./fuzz_vcard -max_total_time=60 tests/fuzz/corpus/vcard
#include "VCardReader.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    Rapport::VCardReader::looksLikeVCard(text);
    Rapport::VCardReader::read(text, [](Rapport::ImportRecord&&) {});
    return 0;
}
