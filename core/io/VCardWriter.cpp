// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "VCardWriter.h"

#include <QTimeZone>

#include <algorithm>

namespace Rapport {

namespace {

using namespace Qt::StringLiterals;

// RFC 6350 3.4 / RFC 2426 4: backslash, comma, semicolon and line breaks are escaped in text values.
QString escapeText(QStringView text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u',' || c == u';') {
            result.append(u'\\').append(c);
        } else if (c == u'\r' || c == u'\n') {
            result += "\\n"_L1;
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else {
            result += c;
        }
    }
    return result;
}

// A URI is written as is; only line breaks, which no URI may hold, are dropped.
QString uriValue(const QString& uri)
{
    QString result = uri.trimmed();
    result.remove(u'\r');
    result.remove(u'\n');
    return result;
}

// ";TYPE=label", quoted when the label is more than letters, digits and dashes. Characters that would end the
// parameter or split it into several types are replaced, since few readers know RFC 6868's caret escapes.
QString typeParameter(const QString& label)
{
    QString value;
    for (const QChar c : label)
        value += (c == u'"' || c == u';' || c == u':' || c == u',' || c.category() == QChar::Other_Control) ? u' ' : c;
    value = value.simplified();
    if (value.isEmpty())
        return {};
    const bool plain = std::all_of(
        value.begin(), value.end(), [](QChar c) { return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'-'); });
    return plain ? ";TYPE="_L1 + value : ";TYPE=\""_L1 + value + u'"';
}

QString phoneType(const QString& label)
{
    return label.compare("mobile"_L1, Qt::CaseInsensitive) == 0 ? QStringLiteral("cell") : label;
}

// Appends one content line folded at 75 octets (RFC 6350 3.2): CRLF plus one space, never inside a UTF-8 sequence.
void appendLine(QByteArray& out, const QString& line)
{
    constexpr qsizetype maxOctets = 75;
    const QByteArray bytes = line.toUtf8();
    qsizetype pos = 0;
    qsizetype room = maxOctets;
    while (bytes.size() - pos > room) {
        qsizetype cut = pos + room;
        while (cut > pos && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80)
            --cut;
        out.append(bytes.constData() + pos, cut - pos);
        out.append("\r\n ");
        pos = cut;
        room = maxOctets - 1; // the leading space counts
    }
    out.append(bytes.constData() + pos, bytes.size() - pos);
    out.append("\r\n");
}

void appendProperty(QByteArray& out, QLatin1StringView name, const QString& value)
{
    if (!value.isEmpty())
        appendLine(out, name + u':' + value);
}

QString formattedName(const Contact& c)
{
    const QString name = QStringList {c.firstName.trimmed(), c.lastName.trimmed()}.join(u' ').trimmed();
    if (!name.isEmpty())
        return name;
    if (!c.organization.trimmed().isEmpty())
        return c.organization.trimmed();
    return c.emails.isEmpty() ? QString() : c.emails.first().value.trimmed();
}

void appendCard(QByteArray& out, const Contact& c, const QStringList& referrers, VCardWriter::Version version)
{
    const bool v4 = version == VCardWriter::Version::V4;
    appendLine(out, QStringLiteral("BEGIN:VCARD"));
    appendLine(out, v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
    appendLine(out, QStringLiteral("PRODID:-//Rapport//Rapport " RAPPORT_VERSION "//EN"));
    if (!c.uuid.isEmpty())
        appendLine(out, (v4 ? "UID:urn:uuid:"_L1 : "UID:"_L1) + c.uuid);
    // FN is required in both versions, N in 3.0; an organisation's own card repeats ORG as FN, which readers
    // (ours included) take as "no person's name".
    appendLine(out, "FN:"_L1 + escapeText(formattedName(c)));
    appendLine(out, "N:"_L1 + escapeText(c.lastName.trimmed()) + u';' + escapeText(c.firstName.trimmed()) + ";;;"_L1);
    appendProperty(out, "ORG"_L1, escapeText(c.organization));
    appendProperty(out, "TITLE"_L1, escapeText(c.title));
    for (const LabeledValue& email : c.emails)
        if (!email.value.trimmed().isEmpty())
            appendLine(out, "EMAIL"_L1 + typeParameter(email.label) + u':' + escapeText(email.value.trimmed()));
    for (const LabeledValue& phone : c.phones)
        if (!phone.value.trimmed().isEmpty())
            appendLine(
                out, "TEL"_L1 + typeParameter(phoneType(phone.label)) + u':' + escapeText(phone.value.trimmed()));
    appendProperty(out, "URL"_L1, uriValue(c.linkedinUrl));
    // Location is free text ("Cambridge, MA"), not an address: an ADR would have to guess which part is the city.
    // The X- property keeps it exactly; other readers ignore it, as RFC 6350 6.10 / RFC 2426 3.8 require.
    appendProperty(out, "X-RAPPORT-LOCATION"_L1, escapeText(c.location));
    QStringList tags;
    for (const QString& tag : c.tags)
        if (!tag.trimmed().isEmpty())
            tags.append(escapeText(tag.trimmed())); // an escaped comma stays inside its tag
    appendProperty(out, "CATEGORIES"_L1, tags.join(u','));
    appendProperty(out, "NOTE"_L1, escapeText(c.notes));
    // RELATED is new in 4.0. A 3.0 file gets X-RELATED: RFC 2426 allows only X- names for extensions, so strict
    // 3.0 readers skip it instead of rejecting the card, and our reader takes both names.
    const QLatin1StringView related = v4 ? "RELATED"_L1 : "X-RELATED"_L1;
    for (QString uuid : referrers) {
        uuid = uuid.trimmed();
        if (uuid.startsWith("urn:uuid:"_L1, Qt::CaseInsensitive))
            uuid.remove(0, 9);
        if (!uuid.isEmpty())
            appendLine(out, related + ";TYPE=contact:urn:uuid:"_L1 + uriValue(uuid));
    }
    if (c.updatedAt.isValid()) {
        const QDateTime utc = c.updatedAt.toTimeZone(QTimeZone::utc());
        appendLine(out, "REV:"_L1 + utc.toString(v4 ? u"yyyyMMdd'T'HHmmss'Z'" : u"yyyy-MM-dd'T'HH:mm:ss'Z'"));
    }
    appendLine(out, QStringLiteral("END:VCARD"));
}

} // namespace

QByteArray VCardWriter::write(
    const QList<Contact>& contacts, const QHash<qint64, QStringList>& referrerUuids, Version version)
{
    QByteArray out;
    for (const Contact& c : contacts)
        appendCard(out, c, referrerUuids.value(c.id), version);
    return out;
}

} // namespace Rapport
