// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Meeting notes written as Markdown by NotesMarkdown and read back by Qt 6.4's reader come back
// as they were typed: every character, format and list. A property test builds thousands of
// random documents heavy in Markdown punctuation; each document has its own seed, printed when
// it fails. RAPPORT_SEED=<seed> RAPPORT_DOCUMENTS=1 replays one; RAPPORT_DOCUMENTS sets how many.
#include "NotesMarkdown.h"
#include "NotesShape.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace Rapport;
using Rapport::Test::NotesShape;

namespace {

// Pieces of text, most of them something a Markdown reader would take for markup.
const QStringList kPieces = [] {
    QStringList pieces;
    for (const char c : QByteArrayView("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"))
        pieces.append(QString(QLatin1Char(c)));
    for (const char* word : {"a", "b", "x", "Zoë", "0", "1", "7", "42", " ", " ", "  ", "\t", "\u00a0", "😀", "👍🏽",
             "שלום", "مرحبا", "e\u0301", "\u0301", "中文", "ß", "€", "©", "—", "«", "»", "www.", "http://",
             "HTTPS://x.org", "mailto:", "a@b.co", "1.", "2)", "- ", "+ ", "* ", "# ", "## ", "> ", "<b>", "</b>",
             "<br/>", "<!-- -->", "&amp;", "&#32;", "```", "~~", "**", "__", "[x] ", "[ ]", "![", "](x)", "---", "***",
             "    ", "|a|", "\\\\", "<img src=x>", "<Project Falcon>", "snake_case", "2*3"})
        pieces.append(QString::fromUtf8(word));
    return pieces;
}();

const QStringList kLinks = {QStringLiteral("https://example.org/a_b/(c)?q=1&r=%20#top"),
    QStringLiteral("mailto:ana@example.org"), QStringLiteral("x"), QStringLiteral("www.example.org/~ana!*")};

const QList<QTextListFormat::Style> kListStyles = {
    QTextListFormat::ListDisc, QTextListFormat::ListCircle, QTextListFormat::ListSquare, QTextListFormat::ListDecimal};

class RandomNotes
{
public:
    explicit RandomNotes(quint32 seed)
        : m_random(seed)
    { }

    void build(QTextDocument* document)
    {
        QTextCursor cursor(document);
        const int blocks = 1 + int(m_random.bounded(10));
        for (int b = 0; b < blocks; ++b) {
            if (b > 0)
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
            const quint32 kind = m_random.bounded(100);
            if (kind < 40) {
                listItem(cursor);
            } else if (kind < 48 && !m_lists.isEmpty()) {
                // A paragraph in the list, as Backspace at the start of an item leaves it: indented.
                const auto depth = qsizetype(1 + m_random.bounded(int(m_lists.size())));
                m_lists.resize(depth);
                QTextBlockFormat indented;
                indented.setIndent(int(depth));
                cursor.setBlockFormat(indented);
            } else {
                m_lists.clear(); // Markdown has no list go on past a paragraph
                if (kind < 52) {
                    QTextBlockFormat heading;
                    heading.setHeadingLevel(1 + int(m_random.bounded(6)));
                    cursor.setBlockFormat(heading);
                }
            }
            if (m_random.bounded(100) < 88)
                text(cursor);
        }
    }

private:
    void listItem(QTextCursor& cursor)
    {
        // One level deeper than the item before at most, as Markdown nests.
        const auto depth = qsizetype(1 + m_random.bounded(int(m_lists.size()) + 1));
        m_lists.resize(depth);
        const auto style = kListStyles.at(m_random.bounded(int(kListStyles.size())));
        QTextBlockFormat format;
        const quint32 box = m_random.bounded(100);
        if (box < 20)
            format.setMarker(QTextBlockFormat::MarkerType::Unchecked);
        else if (box < 40)
            format.setMarker(QTextBlockFormat::MarkerType::Checked);
        cursor.setBlockFormat(format);
        QTextList*& list = m_lists[depth - 1];
        if (list && list->format().style() == style && m_random.bounded(100) < 85) {
            list->add(cursor.block());
        } else {
            QTextListFormat listFormat;
            listFormat.setStyle(style);
            listFormat.setIndent(int(depth));
            list = cursor.createList(listFormat);
        }
    }

    void text(QTextCursor& cursor)
    {
        const int runs = 1 + int(m_random.bounded(6));
        for (int r = 0; r < runs; ++r) {
            QTextCharFormat format;
            if (m_random.bounded(100) < 25)
                format.setFontWeight(QFont::Bold);
            if (m_random.bounded(100) < 25)
                format.setFontItalic(true);
            if (m_random.bounded(100) < 15)
                format.setFontStrikeOut(true);
            if (m_random.bounded(100) < 12)
                format.setFontFixedPitch(true);
            if (m_random.bounded(100) < 8) { // only older Markdown has links, but they must survive
                format.setAnchor(true);
                format.setAnchorHref(kLinks.at(m_random.bounded(int(kLinks.size()))));
            }
            QString piece;
            if (m_random.bounded(100) < 8) {
                piece = QChar(QChar::LineSeparator); // Shift+Enter
            } else {
                const int pieces = 1 + int(m_random.bounded(4));
                for (int p = 0; p < pieces; ++p)
                    piece += kPieces.at(m_random.bounded(int(kPieces.size())));
            }
            cursor.insertText(piece, format);
        }
    }

    QRandomGenerator m_random;
    QList<QTextList*> m_lists; // the list open at each depth
};

quint32 baseSeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("RAPPORT_SEED").toUInt(&ok);
    return ok ? seed : 20240613u;
}

int documentCount()
{
    bool ok = false;
    const int count = qEnvironmentVariableIntValue("RAPPORT_DOCUMENTS", &ok);
    return ok && count > 0 ? count : 2000;
}

QString visible(QString markdown)
{
    return markdown.replace(QChar::LineSeparator, QStringLiteral("⏎")).replace(QLatin1Char('\t'), QStringLiteral("→"));
}

// The same document after writing and reading, and the same Markdown when written again.
QString roundTripProblem(const QTextDocument& document)
{
    const QString markdown = NotesMarkdown::write(document);
    QTextDocument back;
    NotesMarkdown::read(&back, markdown);
    const NotesShape expected = NotesShape::of(document);
    const NotesShape actual = NotesShape::of(back);
    if (!(expected == actual))
        return QStringLiteral("document changed\nmarkdown:\n%1\nexpected:\n%2\nactual:\n%3")
            .arg(visible(markdown), expected.describe(), actual.describe());
    const QString again = NotesMarkdown::write(back);
    if (again != markdown)
        return QStringLiteral("not a fixpoint\nfirst:\n%1\nsecond:\n%2").arg(visible(markdown), visible(again));
    return {};
}

QTextDocument* typed(QTextDocument* document, const QString& text, const QTextCharFormat& format = {})
{
    QTextCursor(document).insertText(text, format);
    return document;
}

} // namespace

class TestNotesMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void typedTextComesBackAsTyped_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text : {"a*b*c and 2*3*4", "snake_case_name and __init__", "# not a heading", "1. not a list",
                 "- dash start", "+ plus start", "`code`", "[link](x)", "<b>x</b> <img src=x>",
                 "Ask about <Project Falcon> timeline", "R&D &amp; more &#32; | a | b |", "~~no strike~~ ~x~",
                 "ana@example.org, http://example.org and www.example.org", "    four spaces", "\ta tab", "trailing  ",
                 "> quote", "---", "***", "```", "![image](x.png)", "\\ backslash \\", "x <!-- y -->"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void typedTextComesBackAsTyped()
    {
        QFETCH(QString, text);
        QTextDocument document;
        typed(&document, text);
        const QString markdown = NotesMarkdown::write(document);
        QTextDocument back;
        NotesMarkdown::read(&back, markdown);
        QCOMPARE(back.toPlainText(), text);
        QCOMPARE(back.blockCount(), 1);
        QCOMPARE(NotesShape::of(back), NotesShape::of(document));
        QCOMPARE(NotesMarkdown::plainText(markdown), text); // what the prep sheet shows
        QCOMPARE(NotesMarkdown::write(back), markdown);
    }

    void boldWithATrailingSpaceClosesBeforeIt()
    {
        QTextDocument document;
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        QTextCursor cursor(&document);
        cursor.insertText(QStringLiteral("Key "), bold);
        cursor.insertText(QStringLiteral("points"), QTextCharFormat());
        QCOMPARE(NotesMarkdown::write(document), QStringLiteral("**Key** points\n"));
    }

    void readableMarkdownForOrdinaryNotes()
    {
        // What a person reading the database sees: plain Markdown, escapes only where needed.
        const QString markdown
            = QStringLiteral("## Their path\n\n- [x] How did you get into this work?\n- [ ] What "
                             "would you do in my position?\n  1. first\n  2. second\n\n**Pay**: *fine*, "
                             "~~maybe~~ `code`\n\n&#32;\n\nLine<br/>break\n");
        QTextDocument document;
        NotesMarkdown::read(&document, markdown);
        QCOMPARE(NotesMarkdown::write(document), markdown);
        QCOMPARE(document.blockCount(), 8);
        QCOMPARE(document.findBlockByNumber(1).blockFormat().marker(), QTextBlockFormat::MarkerType::Checked);
        QCOMPARE(document.findBlockByNumber(3).textList()->format().indent(), 2);
        QVERIFY(document.findBlockByNumber(6).text().isEmpty());
        QCOMPARE(document.findBlockByNumber(7).text(), QStringLiteral("Line\u2028break"));
    }

    void emptyBlocksAtTheStartStay()
    {
        // Qt 6.4's reader alone drops them (see NotesMarkdown::read).
        QTextDocument document;
        QTextCursor cursor(&document);
        cursor.insertBlock();
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        cursor.createList(list);
        cursor.insertBlock();
        cursor.insertText(QStringLiteral("item"));
        QCOMPARE(roundTripProblem(document), QString());
        QTextDocument back;
        NotesMarkdown::read(&back, NotesMarkdown::write(document));
        QCOMPARE(back.blockCount(), 3);
    }

    void emptyNotesAreEmptyMarkdown()
    {
        QTextDocument document;
        QCOMPARE(NotesMarkdown::write(document), QString());
        NotesMarkdown::read(&document, QString());
        QVERIFY(document.isEmpty());
    }

    void olderMarkdownReadsAndWritesStably_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("Qt's own") << QStringLiteral(
            "a*b*c and **bold** [link](http://x.org \"t\")\n\n1.  one\n2.  two\n");
        QTest::newRow("html") << QStringLiteral("<b>x</b> <u>u</u> <img src=x> rest\n");
        QTest::newRow("code block") << QStringLiteral("```cpp\nint x;\n\n  y\n```\n\nafter\n");
        QTest::newRow("quote and rule") << QStringLiteral("> quoted\n> more\n\n---\n\n* star\n+ plus\n");
        QTest::newRow("table") << QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n");
        QTest::newRow("autolinks") << QStringLiteral("see www.example.org and ana@example.org or <https://x.org>\n");
        QTest::newRow("heading with spans") << QStringLiteral("# A **b** *c* `d` e\n");
    }

    void olderMarkdownReadsAndWritesStably()
    {
        QFETCH(QString, markdown);
        QTextDocument document;
        NotesMarkdown::read(&document, markdown);
        QCOMPARE(roundTripProblem(document), QString());
    }

    void aLongParagraphOfChangingFormatsIsQuick()
    {
        // Notes save as one types, on the UI thread: thousands of format changes in one paragraph
        // (possible in older Markdown) must not make that slow. A first version took over a minute.
        QTextDocument document;
        QTextCursor cursor(&document);
        QRandomGenerator random(7);
        const QString pieces = QStringLiteral("(*)_[a] b.c!~`#<>&|");
        for (int i = 0; i < 3000; ++i) {
            QTextCharFormat format;
            format.setFontWeight(random.bounded(2) ? QFont::Bold : QFont::Normal);
            format.setFontItalic(random.bounded(2));
            format.setFontStrikeOut(random.bounded(4) == 0);
            cursor.insertText(QString(pieces.at(random.bounded(int(pieces.size())))), format);
        }
        QElapsedTimer timer;
        timer.start();
        NotesMarkdown::write(document);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        QCOMPARE(roundTripProblem(document), QString());
    }

    void randomDocumentsRoundTrip()
    {
        const quint32 base = baseSeed();
        const int count = documentCount();
        int failures = 0;
        for (int i = 0; i < count; ++i) {
            const quint32 seed = base + quint32(i);
            QTextDocument document;
            RandomNotes(seed).build(&document);
            const QString problem = roundTripProblem(document);
            if (problem.isEmpty())
                continue;
            if (++failures <= 3)
                qWarning().noquote()
                    << QStringLiteral("RAPPORT_SEED=%1 RAPPORT_DOCUMENTS=1: %2").arg(seed).arg(problem);
        }
        qInfo("%d documents from seed %u, %d failed", count, base, failures);
        QCOMPARE(failures, 0);
    }
};

QTEST_MAIN(TestNotesMarkdown)
#include "tst_notesmarkdown.moc"
