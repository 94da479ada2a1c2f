// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// vCard's lexical layer (RFC 6350, RFC 2426 and vCard 2.1): physical lines, unfolding, a
// property's name, parameters and value, escapes and encodings. VCardReader gives them meaning.
namespace Rapport::VCardLines {

using namespace Qt::StringLiterals;

// One property line after unfolding: group removed, parameters sorted into what we use.
struct Property {
    QString group; // "item1" for "item1.EMAIL", lower-case; used only to find Apple/Google labels
    QString name; // upper-case
    QStringList types; // lower-case TYPE values and vCard 2.1 bare parameters ("work", "cell"...)
    QString encoding; // lower-case ENCODING: "quoted-printable", "base64", "b" or empty
    QString charset; // CHARSET as written
    QString valueType; // lower-case VALUE ("text", "uri"...)
    QString serviceType; // lower-case X-SERVICE-TYPE of an IMPP ("skype"), as Apple writes it
    QString value; // raw, still escaped and encoded
    bool version21 = false; // in a card that declared VERSION:2.1 before this line: other escaping rules
};

// A line as the parser sees it: the unfolded text and the 1-based physical line where it starts.
struct LogicalLine {
    QString text;
    int line = 0;
};

QList<QStringView> splitPhysicalLines(QStringView text);

bool isCardBoundary(QStringView line);

// Joins folded lines (CRLF/LF + space or tab) and vCard 2.1 quoted-printable soft line breaks ("=" at line end).
class LineUnfolder
{
public:
    explicit LineUnfolder(const QList<QStringView>& lines)
        : m_lines(lines)
    { }

    bool next(LogicalLine& out)
    {
        if (m_next >= m_lines.size())
            return false;
        out.line = int(m_next + 1);
        out.text = m_lines[m_next++].toString();
        // A quoted-printable value's "=" at line end is a soft line break even when the next line starts with a
        // space, which is then data. The header nearly always sits on the first line; otherwise look after folding.
        if (!isQuotedPrintable(out.text)) {
            appendFolded(out.text);
            if (!isQuotedPrintable(out.text))
                return true;
        }
        while (m_next < m_lines.size()) {
            if (out.text.endsWith(u'=') && !isCardBoundary(m_lines[m_next])) {
                out.text.chop(1);
                out.text += m_lines[m_next++];
            } else if (isContinuation(m_lines[m_next])) {
                out.text += m_lines[m_next++].sliced(1);
            } else {
                break;
            }
        }
        return true;
    }

private:
    static bool isContinuation(QStringView line)
    {
        return !line.isEmpty() && (line.front() == u' ' || line.front() == u'\t');
    }

    void appendFolded(QString& text)
    {
        while (m_next < m_lines.size() && isContinuation(m_lines[m_next]))
            text += m_lines[m_next++].sliced(1);
    }

    static bool isQuotedPrintable(const QString& text)
    {
        const qsizetype colon = text.indexOf(u':');
        return colon > 0 && QStringView(text).first(colon).contains("QUOTED-PRINTABLE"_L1, Qt::CaseInsensitive);
    }

    const QList<QStringView>& m_lines;
    qsizetype m_next = 0;
};

// The ':' that ends name and parameters, skipping quoted parameter values; -1 when there is none.
qsizetype valueSeparator(QStringView line);

QList<QStringView> splitOutsideQuotes(QStringView text, QChar separator);

QStringView unquoted(QStringView value);

std::optional<Property> parseProperty(const QString& line);

// Splits a raw value at separators that no backslash escapes.
QList<QStringView> splitUnescaped(QStringView value, QChar separator);

// \\ \, \; \n \N keep their meanings. Any other escaped character stands for itself: writers escape more
// than RFC 6350 asks (Google's "\:", "\"" from others), and the backslash was never part of the text. vCard 2.1
// has no backslash escapes but "\;", so there an unknown one is text (Windows paths in notes) and stays.
QString unescape(QStringView value, bool version21);

int hexValue(char c);

QString decodeBytes(const QByteArray& bytes, const QString& charset);

// Lenient: a "=" not followed by two hex digits is kept as it is.
QString decodeQuotedPrintable(QStringView value, const QString& charset);

QString decodeText(QStringView raw, const Property& p);

QString component(const QList<QStringView>& parts, qsizetype index, const Property& p);

} // namespace Rapport::VCardLines
