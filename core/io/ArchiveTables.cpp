// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveTables.h"

#include "ArchiveText.h"
#include "CsvReader.h"

namespace Rapport {

namespace {

using Row = QHash<QString, QString>;

bool isTrue(const QString& value)
{
    return value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
        || value.trimmed() == QLatin1String("1")
        || value.trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

// Names and other short fields: trimmed, and repaired when they arrive double-encoded.
QString name(const Row& row, const char* column)
{
    return ArchiveText::repairDoubleEncoding(row.value(QString::fromLatin1(column)).trimmed());
}

// Free text keeps its line breaks and inner spaces.
QString text(const Row& row, const char* column)
{
    return ArchiveText::decodeEntities(ArchiveText::repairDoubleEncoding(row.value(QString::fromLatin1(column))));
}

} // namespace

bool ArchiveTables::readRows(
    const QByteArray& bytes, const QStringList& required, QList<Row>* rows, ArchiveTableReport* report)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    const QString content = QString::fromUtf8(view);
    CsvReader reader;
    QStringList header;
    const auto onRecord = [&](CsvRecord&& record) {
        if (record.isBlank())
            return; // real exports end with blank lines
        if (header.isEmpty()) {
            for (const QString& column : std::as_const(record.fields))
                header.append(column.trimmed().toUpper());
            return;
        }
        if (record.fields.size() > header.size()) {
            report->problems.append({record.line,
                tr("The row has more values than the header (%n extra); it is read without them.", nullptr,
                    int(record.fields.size() - header.size())),
                ImportProblem::Kind::ExtraValues});
        }
        Row row;
        for (qsizetype column = 0; column < header.size(); ++column)
            row.insert(header.at(column), record.fields.value(column));
        row.insert(QStringLiteral("#LINE"), QString::number(record.line));
        rows->append(std::move(row));
    };
    reader.feed(content, onRecord);
    reader.finish(onRecord);
    if (const auto error = reader.error()) {
        report->problems.append(*error);
        return false;
    }
    if (header.isEmpty()) {
        report->problems.append({0, tr("The file is empty."), ImportProblem::Kind::Row});
        return false;
    }
    QStringList missing;
    for (const QString& column : required) {
        if (!header.contains(column))
            missing.append(column);
    }
    if (!missing.isEmpty()) {
        report->problems.append(
            {0, tr("The file has no %1 column.").arg(missing.join(QStringLiteral(", "))), ImportProblem::Kind::Row});
        return false;
    }
    return true;
}

bool ArchiveTables::readMessages(const QByteArray& bytes, QList<ArchiveMessage>* messages, ArchiveTableReport* report)
{
    QList<Row> rows;
    if (!readRows(bytes,
            {QStringLiteral("CONVERSATION ID"), QStringLiteral("FROM"), QStringLiteral("DATE"),
                QStringLiteral("CONTENT")},
            &rows, report))
        return false;
    for (const Row& row : std::as_const(rows)) {
        const int line = row.value(QStringLiteral("#LINE")).toInt();
        if (isTrue(row.value(QStringLiteral("IS MESSAGE DRAFT")))
            || isTrue(row.value(QStringLiteral("IS CONVERSATION DRAFT")))) {
            ++report->drafts;
            continue;
        }
        ArchiveMessage message;
        message.folder = row.value(QStringLiteral("FOLDER")).trimmed().toUpper();
        if (message.folder == QLatin1String("SPAM")) {
            ++report->spam;
            continue;
        }
        message.time = ArchiveText::parseTime(row.value(QStringLiteral("DATE")));
        if (!message.time.isValid()) {
            report->problems.append(
                {line, tr("DATE \"%1\" is not a date; the message is left out.").arg(row.value(QStringLiteral("DATE"))),
                    ImportProblem::Kind::Row});
            continue;
        }
        message.conversationId = row.value(QStringLiteral("CONVERSATION ID")).trimmed();
        message.conversationTitle = name(row, "CONVERSATION TITLE");
        message.from = name(row, "FROM");
        message.senderUrl = row.value(QStringLiteral("SENDER PROFILE URL")).trimmed();
        message.to = name(row, "TO");
        for (const QString& url : row.value(QStringLiteral("RECIPIENT PROFILE URLS")).split(QLatin1Char(';'))) {
            if (!url.trimmed().isEmpty())
                message.recipientUrls.append(url.trimmed());
        }
        message.subject = text(row, "SUBJECT").trimmed();
        message.content = text(row, "CONTENT");
        message.line = line;
        messages->append(std::move(message));
    }
    return true;
}

bool ArchiveTables::readInvitations(
    const QByteArray& bytes, QList<ArchiveInvitation>* invitations, ArchiveTableReport* report)
{
    QList<Row> rows;
    if (!readRows(bytes,
            {QStringLiteral("FROM"), QStringLiteral("TO"), QStringLiteral("SENT AT"), QStringLiteral("DIRECTION")},
            &rows, report))
        return false;
    for (const Row& row : std::as_const(rows)) {
        const int line = row.value(QStringLiteral("#LINE")).toInt();
        ArchiveInvitation invitation;
        const QString direction = row.value(QStringLiteral("DIRECTION")).trimmed().toUpper();
        if (direction != QLatin1String("OUTGOING") && direction != QLatin1String("INCOMING")) {
            report->problems.append({line,
                tr("Direction \"%1\" is neither INCOMING nor OUTGOING; the invitation is left out.")
                    .arg(row.value(QStringLiteral("DIRECTION"))),
                ImportProblem::Kind::Row});
            continue;
        }
        invitation.outgoing = direction == QLatin1String("OUTGOING");
        invitation.sentAt = ArchiveText::parseTime(row.value(QStringLiteral("SENT AT")));
        if (!invitation.sentAt.isValid()) {
            report->problems.append({line,
                tr("Sent At \"%1\" is not a date; the invitation is left out.")
                    .arg(row.value(QStringLiteral("SENT AT"))),
                ImportProblem::Kind::Row});
            continue;
        }
        invitation.from = name(row, "FROM");
        invitation.to = name(row, "TO");
        invitation.message = text(row, "MESSAGE");
        invitation.inviterUrl = row.value(QStringLiteral("INVITERPROFILEURL")).trimmed();
        invitation.inviteeUrl = row.value(QStringLiteral("INVITEEPROFILEURL")).trimmed();
        invitation.line = line;
        invitations->append(std::move(invitation));
    }
    return true;
}

} // namespace Rapport
