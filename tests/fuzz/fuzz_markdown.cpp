// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer entry for meeting notes: any text read as notes Markdown and written back by the notes
// writer must read back to the same Markdown and keep its text, and never crash; nor may the
// prep sheet's excerpt of it.
//   ./fuzz_markdown -max_total_time=60 tests/fuzz/corpus/markdown
//
// What is asserted, and why: Qt's reader is not idempotent on arbitrary Markdown (an unclosed
// "<img" swallows the rest of the paragraph; HTML, quotes, tables and underline become formats
// the notes do not keep), so the document read from the input cannot be expected back whole.
// Two things must hold all the same:
//  - a fixpoint: the writer describes whatever document that is, and reading its Markdown gives
//    a document the writer describes with the very same Markdown. It fails when the writer
//    loses or mangles what it means to keep (an escape, a delimiter, a list, a box, a link);
//  - no text is lost: block by block, the text read back is the text of the input's document,
//    but for what notes cannot hold (images and control characters).
// Formats are compared on random documents in tst_notesmarkdown, which knows what they should be.
#include "NotesMarkdown.h"
#include "PrepSheet.h"

#include <QGuiApplication>
#include <QTextBlock>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

namespace {

[[noreturn]] void fail(const char* what, const QString& first, const QString& second)
{
    std::fprintf(
        stderr, "fuzz_markdown: %s\n--- first:\n%s\n--- second:\n%s\n", what, qPrintable(first), qPrintable(second));
    std::abort();
}

// The text of each block, without the characters notes drop: images and other objects, and control characters.
QStringList blockTexts(const QTextDocument& document)
{
    QStringList texts;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString text;
        for (const char32_t cp : block.text().toUcs4()) {
            if ((cp >= 0x20 || cp == '\t') && cp != 0x7f && cp != QChar::ObjectReplacementCharacter)
                text += QString::fromUcs4(&cp, 1);
        }
        texts.append(text);
    }
    return texts;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    Rapport::SafeTextDocument input;
    Rapport::NotesMarkdown::read(&input, text);
    const QString first = Rapport::NotesMarkdown::write(input);

    Rapport::SafeTextDocument written;
    Rapport::NotesMarkdown::read(&written, first);
    const QString second = Rapport::NotesMarkdown::write(written);
    if (second != first)
        fail("not a fixpoint", first, second);

    if (blockTexts(written) != blockTexts(input))
        fail("text was lost", blockTexts(input).join(QLatin1Char('\n')), blockTexts(written).join(QLatin1Char('\n')));

    Rapport::PrepSheet::excerpt(text, 120);
    return 0;
}
