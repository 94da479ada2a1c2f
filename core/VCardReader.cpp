#include "VCardReader.h"

#include <QHash>
#include <QStringDecoder>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <utility>

namespace Rapport {

namespace {

using namespace Qt::StringLiterals;

// One property line after unfolding: group removed, parameters sorted into what we use.
struct Property {
    QString group; // "item1" for "item1.EMAIL", lower-case; used only to find Apple/Google labels
    QString name; // upper-case
    QStringList types; // lower-case TYPE values and vCard 2.1 bare parameters ("work", "cell"...)
    QString encoding; // lower-case ENCODING: "quoted-printable", "base64", "b" or empty
    QString charset; // CHARSET as written
    QString valueType; // lower-case VALUE ("text", "uri"...)
    QString value; // raw, still escaped and encoded
    bool version21 = false; // in a card that declared VERSION:2.1 before this line: other escaping rules
};

// A line as the parser sees it: the unfolded text and the 1-based physical line where it starts.
struct LogicalLine {
    QString text;
    int line = 0;
};

QList<QStringView> splitPhysicalLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\n' && c != u'\r')
            continue;
        lines.append(text.sliced(start, i - start));
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append(text.sliced(start));
    return lines;
}

bool isCardBoundary(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith("BEGIN:VCARD"_L1, Qt::CaseInsensitive) || t.startsWith("END:VCARD"_L1, Qt::CaseInsensitive);
}

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
qsizetype valueSeparator(QStringView line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'"')
            quoted = !quoted;
        else if (line[i] == u':' && !quoted)
            return i;
    }
    return line.indexOf(u':'); // an unbalanced quote: the first colon is the best guess
}

QList<QStringView> splitOutsideQuotes(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'"') {
            quoted = !quoted;
        } else if (text[i] == separator && !quoted) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

QStringView unquoted(QStringView value)
{
    if (value.size() >= 2 && value.front() == u'"' && value.back() == u'"')
        return value.sliced(1, value.size() - 2);
    return value;
}

std::optional<Property> parseProperty(const QString& line)
{
    const qsizetype colon = valueSeparator(line);
    if (colon < 0)
        return std::nullopt;
    Property p;
    p.value = line.mid(colon + 1);
    const QList<QStringView> parts = splitOutsideQuotes(QStringView(line).first(colon), u';');
    QStringView name = parts.front().trimmed();
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0) {
        p.group = name.first(dot).toString().toLower();
        name = name.sliced(dot + 1);
    }
    p.name = name.toString().toUpper();
    for (qsizetype k = 1; k < parts.size(); ++k) {
        const QStringView param = parts[k].trimmed();
        const qsizetype eq = param.indexOf(u'=');
        if (eq < 0) { // vCard 2.1 bare parameter: an encoding or a type
            const QString bare = param.toString().toLower();
            if (bare == "quoted-printable"_L1 || bare == "base64"_L1 || bare == "b"_L1 || bare == "8bit"_L1
                || bare == "7bit"_L1)
                p.encoding = bare;
            else if (!bare.isEmpty())
                p.types.append(bare);
            continue;
        }
        const QString key = param.first(eq).trimmed().toString().toUpper();
        const QStringView value = unquoted(param.sliced(eq + 1).trimmed());
        if (key == "TYPE"_L1) {
            for (const QStringView type : value.split(u','))
                if (!type.trimmed().isEmpty())
                    p.types.append(type.trimmed().toString().toLower());
        } else if (key == "ENCODING"_L1) {
            p.encoding = value.toString().toLower();
        } else if (key == "CHARSET"_L1) {
            p.charset = value.toString();
        } else if (key == "VALUE"_L1) {
            p.valueType = value.toString().toLower();
        }
    }
    return p;
}

// Splits a raw value at separators that no backslash escapes.
QList<QStringView> splitUnescaped(QStringView value, QChar separator)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\') {
            ++i;
        } else if (value[i] == separator) {
            parts.append(value.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(value.sliced(start));
    return parts;
}

// \\ \, \; \n \N keep their meanings. Any other escaped character stands for itself: writers escape more
// than RFC 6350 asks (Google's "\:", "\"" from others), and the backslash was never part of the text. vCard 2.1
// has no backslash escapes but "\;", so there an unknown one is text (Windows paths in notes) and stays.
QString unescape(QStringView value, bool version21)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'\\' || i + 1 == value.size()) {
            result += value[i];
            continue;
        }
        const QChar next = value[++i];
        if (next == u'n' || next == u'N')
            result += u'\n';
        else if (next == u'\\' || next == u',' || next == u';' || next == u':' || !version21)
            result += next;
        else
            result.append(u'\\').append(next);
    }
    return result;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QString decodeBytes(const QByteArray& bytes, const QString& charset)
{
    const bool utf8Named = charset.isEmpty() || charset.compare("UTF-8"_L1, Qt::CaseInsensitive) == 0
        || charset.compare("UTF8"_L1, Qt::CaseInsensitive) == 0;
    if (!utf8Named) {
        QStringDecoder named(charset.toLatin1().constData(), QStringDecoder::Flag::Stateless);
        if (named.isValid()) {
            QString text = named(bytes);
            if (!named.hasError())
                return text;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

// Lenient: a "=" not followed by two hex digits is kept as it is.
QString decodeQuotedPrintable(QStringView value, const QString& charset)
{
    const QByteArray raw = value.toUtf8();
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == '=' && i + 2 < raw.size() && hexValue(raw[i + 1]) >= 0 && hexValue(raw[i + 2]) >= 0) {
            bytes.append(char(hexValue(raw[i + 1]) * 16 + hexValue(raw[i + 2])));
            i += 2;
        } else if (raw[i] == '=' && i + 1 == raw.size()) {
            break; // a soft line break left at the very end
        } else {
            bytes.append(raw[i]);
        }
    }
    return decodeBytes(bytes, charset);
}

QString decodeText(QStringView raw, const Property& p)
{
    if (p.encoding == "quoted-printable"_L1) {
        QString text = decodeQuotedPrintable(raw, p.charset); // may hold encoded line breaks: =0D=0A
        text.replace("\r\n"_L1, "\n"_L1).replace(u'\r', u'\n');
        return unescape(text, p.version21);
    }
    return unescape(raw, p.version21);
}

QString component(const QList<QStringView>& parts, qsizetype index, const Property& p)
{
    return index < parts.size() ? decodeText(parts[index], p).trimmed() : QString();
}

QString emailLabel(const QStringList& types)
{
    for (const QString& type : types)
        if (type == "work"_L1 || type == "home"_L1 || type == "other"_L1)
            return type;
    for (const QString& type : types)
        if (type != "internet"_L1 && type != "pref"_L1 && type != "x400"_L1 && type != "x.400"_L1)
            return type;
    return {};
}

QString phoneLabel(const QStringList& types)
{
    if (types.contains("cell"_L1) || types.contains("mobile"_L1) || types.contains("iphone"_L1))
        return QStringLiteral("mobile");
    for (const QString& type : types)
        if (type == "work"_L1 || type == "home"_L1)
            return type;
    for (const QString& type : types)
        if (type != "pref"_L1 && type != "voice"_L1)
            return type;
    return {};
}

// "urn:uuid:…" or a URI with a scheme rather than a person's name.
bool looksLikeUri(QStringView value)
{
    if (value.isEmpty() || !value.front().isLetter())
        return false;
    for (const QChar c : value) {
        if (c == u':')
            return true;
        if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.') || c.unicode() > 0x7f)
            return false;
    }
    return false;
}

// RELATED names a referrer only when untyped or typed as a working acquaintance, never a spouse, child or agent.
bool isReferrerRelation(const QStringList& types)
{
    if (types.isEmpty())
        return true;
    static const QStringList referrerTypes {QStringLiteral("contact"), QStringLiteral("acquaintance"),
        QStringLiteral("colleague"), QStringLiteral("co-worker"), QStringLiteral("friend")};
    return std::any_of(types.begin(), types.end(), [](const QString& t) { return referrerTypes.contains(t); });
}

// Apple writes its standard labels as "_$!<Work>!$_"; Google writes plain words.
QString customLabel(const QString& label)
{
    QString l = label.trimmed();
    if (l.startsWith("_$!<"_L1) && l.endsWith(">!$_"_L1))
        l = l.mid(4, l.size() - 8);
    l = l.toLower();
    return l == "cell"_L1 ? QStringLiteral("mobile") : l;
}

bool isBase64Text(QStringView line)
{
    const QStringView t = line.trimmed();
    return std::all_of(t.begin(), t.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+'
            || c == u'/' || c == u'=';
    });
}

// Collects one card's properties into an ImportRecord.
class CardBuilder
{
public:
    explicit CardBuilder(int line) { m_record.line = line; }

    int line() const { return m_record.line; }
    bool isVersion21() const { return m_version21; }

    void add(const Property& p)
    {
        Contact& c = m_record.contact;
        const QString& n = p.name;
        if (n == "VERSION"_L1) {
            m_version21 = QStringView(p.value).trimmed() == "2.1"_L1;
        } else if (n == "N"_L1) {
            const auto parts = splitUnescaped(p.value, u';');
            m_family = component(parts, 0, p);
            m_given = component(parts, 1, p);
            // Additional (middle) names join the given name: Contact has no field of its own for them, and
            // "Ali Bora Khan" is not "Ali Cem Khan". Several are separated by commas.
            const QString middle = component(parts, 2, p).replace(u',', u' ').simplified();
            if (!middle.isEmpty())
                m_given = m_given.isEmpty() ? middle : m_given + u' ' + middle;
        } else if (n == "FN"_L1) {
            if (m_formattedName.isEmpty())
                m_formattedName = decodeText(p.value, p).trimmed();
        } else if (n == "ORG"_L1) {
            if (c.organization.isEmpty())
                c.organization = component(splitUnescaped(p.value, u';'), 0, p);
        } else if (n == "TITLE"_L1) {
            if (c.title.isEmpty())
                c.title = decodeText(p.value, p).trimmed();
        } else if (n == "EMAIL"_L1) {
            QString value = decodeText(p.value, p).trimmed();
            if (value.startsWith("mailto:"_L1, Qt::CaseInsensitive))
                value.remove(0, 7);
            if (!value.isEmpty()) {
                c.emails.append({emailLabel(p.types), value});
                m_emailGroups.append(p.group);
            }
        } else if (n == "TEL"_L1) {
            QString value = decodeText(p.value, p).trimmed();
            if (value.startsWith("tel:"_L1, Qt::CaseInsensitive))
                value.remove(0, 4);
            if (!value.isEmpty()) {
                c.phones.append({phoneLabel(p.types), value});
                m_phoneGroups.append(p.group);
            }
        } else if (n == "URL"_L1) {
            const QString url = decodeText(p.value, p).trimmed();
            if (c.linkedinUrl.isEmpty() && url.contains("linkedin.com"_L1, Qt::CaseInsensitive))
                c.linkedinUrl = url;
        } else if (n == "NOTE"_L1) {
            m_notes.append(decodeText(p.value, p));
        } else if (n == "CATEGORIES"_L1) {
            for (const QStringView tag : splitUnescaped(p.value, u','))
                m_tags.append(decodeText(tag, p).trimmed());
        } else if (n == "UID"_L1) {
            setUuid(decodeText(p.value, p).trimmed());
        } else if (n == "ADR"_L1) {
            if (m_addressLocation.isEmpty()) {
                const auto parts = splitUnescaped(p.value, u';');
                QStringList place {component(parts, 3, p), component(parts, 4, p)};
                place.removeAll(QString());
                m_addressLocation = place.join(", "_L1);
            }
        } else if (n == "X-RAPPORT-LOCATION"_L1) {
            m_rapportLocation = decodeText(p.value, p).trimmed();
        } else if (n == "RELATED"_L1 || n == "X-RELATED"_L1) {
            // A urn:uuid names a contact by its UID (ours writes these); the importer resolves it
            // against the file and the network. Other text is a referrer's name.
            const QString value = decodeText(p.value, p).trimmed();
            if (value.startsWith("urn:uuid:"_L1, Qt::CaseInsensitive) && isReferrerRelation(p.types))
                m_record.referredBy.append("urn:uuid:"_L1 + value.mid(9).toLower());
            else if (!value.isEmpty() && isReferrerRelation(p.types)
                && (p.valueType == "text"_L1 || !looksLikeUri(value)))
                m_record.referredBy.append(value);
        } else if (n == "X-ABLABEL"_L1 && !p.group.isEmpty()) {
            m_groupLabels.insert(p.group, customLabel(decodeText(p.value, p)));
        }
        // PHOTO, LOGO, SOUND, KEY and anything unknown are skipped.
    }

    bool hasIdentity() const
    {
        return !m_given.isEmpty() || !m_family.isEmpty() || !m_formattedName.isEmpty()
            || !m_record.contact.organization.isEmpty() || !m_record.contact.emails.isEmpty();
    }

    ImportRecord take()
    {
        Contact& c = m_record.contact;
        c.firstName = m_given;
        c.lastName = m_family;
        if (c.firstName.isEmpty() && c.lastName.isEmpty())
            splitFormattedName();
        applyGroupLabels(c.emails, m_emailGroups);
        applyGroupLabels(c.phones, m_phoneGroups);
        c.location = m_rapportLocation.isEmpty() ? m_addressLocation : m_rapportLocation;
        c.notes = m_notes.join("\n\n"_L1);
        m_tags.removeAll(QStringLiteral("myContacts")); // Google's system group: every contact has it
        c.tags = normalizedTags(m_tags);
        c.source = QStringLiteral("vcard");
        m_record.formattedName = m_formattedName;
        return std::move(m_record);
    }

private:
    void setUuid(QString value)
    {
        if (value.startsWith("urn:uuid:"_L1, Qt::CaseInsensitive))
            value.remove(0, 9);
        if (value.size() != 36 && value.size() != 38)
            return;
        const QUuid uuid = QUuid::fromString(value);
        if (!uuid.isNull())
            m_record.contact.uuid = uuid.toString(QUuid::WithoutBraces);
    }

    // An organisation's card (Apple's "show as company") or a bare address repeats ORG or EMAIL as FN: not a name.
    void splitFormattedName()
    {
        Contact& c = m_record.contact;
        const QString& fn = m_formattedName;
        if (fn.isEmpty() || fn.compare(c.organization, Qt::CaseInsensitive) == 0)
            return;
        for (const LabeledValue& email : std::as_const(c.emails))
            if (fn.compare(email.value, Qt::CaseInsensitive) == 0)
                return;
        const qsizetype space = fn.lastIndexOf(u' ');
        if (space < 0) {
            c.firstName = fn;
        } else {
            c.firstName = fn.first(space).trimmed();
            c.lastName = fn.sliced(space + 1);
        }
    }

    void applyGroupLabels(QList<LabeledValue>& values, const QStringList& groups) const
    {
        for (qsizetype i = 0; i < values.size() && i < groups.size(); ++i) {
            const QString label = m_groupLabels.value(groups[i]);
            if (values[i].label.isEmpty() && !groups[i].isEmpty() && !label.isEmpty())
                values[i].label = label;
        }
    }

    ImportRecord m_record;
    bool m_version21 = false;
    QString m_given;
    QString m_family;
    QString m_formattedName;
    QString m_rapportLocation;
    QString m_addressLocation;
    QStringList m_notes;
    QStringList m_tags;
    QStringList m_emailGroups;
    QStringList m_phoneGroups;
    QHash<QString, QString> m_groupLabels;
};

// The continuation bytes a UTF-8 lead byte announces; 0 for any other byte.
int continuationCount(uchar b)
{
    if (b >= 0xC2 && b <= 0xDF)
        return 1;
    if (b >= 0xE0 && b <= 0xEF)
        return 2;
    if (b >= 0xF0 && b <= 0xF4)
        return 3;
    return 0;
}

bool isContinuationByte(char b)
{
    return (uchar(b) & 0xC0) == 0x80;
}

// The length of the fold at i (CRLF, LF or CR, then a space or tab), or 0 when there is none.
qsizetype foldLength(QByteArrayView bytes, qsizetype i)
{
    qsizetype lineBreak = 0;
    if (bytes[i] == '\r')
        lineBreak = i + 1 < bytes.size() && bytes[i + 1] == '\n' ? 2 : 1;
    else if (bytes[i] == '\n')
        lineBreak = 1;
    const qsizetype indent = i + lineBreak;
    return lineBreak > 0 && indent < bytes.size() && (bytes[indent] == ' ' || bytes[indent] == '\t') ? lineBreak + 1
                                                                                                     : 0;
}

bool isMarker(const std::optional<Property>& p, QLatin1StringView name)
{
    return p && p->name == name && p->group.isEmpty()
        && QStringView(p->value).trimmed().compare("VCARD"_L1, Qt::CaseInsensitive) == 0;
}

} // namespace

QList<ImportProblem> VCardReader::read(const QString& text, const std::function<void(ImportRecord&&)>& sink)
{
    QStringView input(text);
    if (input.startsWith(QChar(0xfeff)))
        input = input.sliced(1);
    const QList<QStringView> lines = splitPhysicalLines(input);
    LineUnfolder unfolder(lines);

    QList<ImportProblem> problems;
    const QString unterminated = tr("unterminated vCard: missing END:VCARD");
    std::optional<CardBuilder> card;
    bool sawCard = false;
    bool inBase64 = false; // vCard 2.1 writers may leave base64 continuation lines unindented
    bool afterEmptyAgent = false; // vCard 2.1 AGENT: the next BEGIN:VCARD nests an assistant's card
    int nested = 0;

    LogicalLine logical;
    while (unfolder.next(logical)) {
        if (QStringView(logical.text).trimmed().isEmpty()) {
            inBase64 = false;
            continue;
        }
        const std::optional<Property> property = parseProperty(logical.text);
        const bool isBegin = isMarker(property, "BEGIN"_L1);
        const bool isEnd = isMarker(property, "END"_L1);
        if (nested > 0) {
            nested += isBegin ? 1 : isEnd ? -1 : 0;
            continue;
        }
        if (!card) {
            if (isBegin) {
                card.emplace(logical.line);
                sawCard = true;
            } else if (isEnd) {
                problems.append({logical.line, tr("END:VCARD without BEGIN:VCARD")});
            }
            continue; // anything else between cards is not ours to judge
        }
        if (isBegin) {
            if (afterEmptyAgent) {
                nested = 1;
                afterEmptyAgent = false;
                continue;
            }
            problems.append({card->line(), unterminated});
            card.emplace(logical.line);
            continue;
        }
        if (isEnd) {
            if (card->hasIdentity())
                sink(card->take());
            else
                problems.append({card->line(), tr("vCard has no name, organisation or e-mail")});
            card.reset();
            inBase64 = afterEmptyAgent = false;
            continue;
        }
        if (!property) {
            if (inBase64 && isBase64Text(logical.text))
                continue;
            // One broken line (a bare "FN", a continuation that lost its indent) must not cost the card its
            // e-mail and phones: the line is left out and reported, and the card is kept.
            problems.append(
                {logical.line, tr("vCard line has no ':' between the property name and its value; the line is skipped"),
                    ImportProblem::Kind::SkippedLine});
            continue;
        }
        inBase64 = property->encoding == "base64"_L1 || property->encoding == "b"_L1;
        afterEmptyAgent = property->name == "AGENT"_L1 && QStringView(property->value).trimmed().isEmpty();
        Property p = *property;
        p.version21 = card->isVersion21();
        card->add(p);
    }
    if (card)
        problems.append({card->line(), unterminated});
    if (!sawCard)
        problems.append({0, tr("no vCards found")});
    std::stable_sort(problems.begin(), problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    return problems;
}

bool VCardReader::hasCard(const QString& text)
{
    QStringView input(text);
    if (input.startsWith(QChar(0xfeff)))
        input = input.sliced(1);
    const QList<QStringView> lines = splitPhysicalLines(input);
    return std::any_of(lines.begin(), lines.end(), [](QStringView line) {
        return line.contains("BEGIN"_L1, Qt::CaseInsensitive) && isMarker(parseProperty(line.toString()), "BEGIN"_L1);
    });
}

QByteArray VCardReader::mendSplitCharacters(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    int missing = 0; // continuation bytes the last lead byte still waits for
    qsizetype characterEnd = 0; // where in `out` they belong: after the bytes of that character so far
    for (qsizetype i = 0; i < bytes.size();) {
        if (const qsizetype fold = missing > 0 ? foldLength(bytes, i) : 0) {
            qsizetype rest = 0;
            while (rest < missing && i + fold + rest < bytes.size() && isContinuationByte(bytes[i + fold + rest]))
                ++rest;
            if (rest > 0) {
                // Inserted rather than appended: a character cut twice has a fold of its own already in `out`.
                out.insert(characterEnd, bytes.sliced(i + fold, rest));
                characterEnd += rest;
                out.append(bytes.sliced(i, fold));
                missing -= int(rest);
                i += fold + rest;
                continue;
            }
        }
        const char b = bytes[i++];
        out.append(b);
        missing = missing > 0 && isContinuationByte(b) ? missing - 1 : continuationCount(uchar(b));
        characterEnd = out.size();
    }
    return out;
}

bool VCardReader::looksLikeVCard(const QString& text)
{
    QStringView rest(text);
    if (rest.startsWith(QChar(0xfeff)))
        rest = rest.sliced(1);
    while (!rest.isEmpty()) {
        qsizetype end = 0;
        while (end < rest.size() && rest[end] != u'\n' && rest[end] != u'\r')
            ++end;
        const QStringView line = rest.first(end).trimmed();
        if (!line.isEmpty())
            return line.compare("BEGIN:VCARD"_L1, Qt::CaseInsensitive) == 0;
        rest = rest.sliced(std::min(end + 1, rest.size()));
    }
    return false;
}

} // namespace Rapport
