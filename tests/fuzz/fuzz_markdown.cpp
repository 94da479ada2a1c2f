// libFuzzer entry for meeting notes: any text loaded as Markdown into the notes document, written
// back, and excerpted for a prep sheet, must never crash.
//   ./fuzz_markdown -max_total_time=60 tests/fuzz/corpus/markdown
#include "PrepSheet.h"

#include <QGuiApplication>
#include <QTextDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    Rapport::SafeTextDocument document;
    document.setMarkdown(text);
    const QString again = document.toMarkdown();
    Rapport::SafeTextDocument second;
    second.setMarkdown(again);
    Rapport::PrepSheet::excerpt(text, 120);
    return 0;
}
