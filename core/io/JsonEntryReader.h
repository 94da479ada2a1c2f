// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonValue>
#include <QList>

#include <functional>

namespace Rapport {

// Reads a JSON file whose top level is an object one entry of its lists at a time, so that a
// backup of 100,000 contacts never sits in memory whole: parsed as one QJsonDocument, its 90 MB
// took over 300 MB. open() scans the bytes once, in blocks, and notes where each top-level member
// and each entry of a top-level list begins and ends; Qt's JSON parser then reads one entry at a
// time, and finds any syntax error inside it. The scan only follows strings and brackets (Qt 6.4
// has no streaming reader; nlohmann-json's SAX parser would build a second kind of tree that the
// checks and the merge, written over QJsonObject, would then have to convert).
class JsonEntryReader
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::JsonEntryReader)

public:
    struct SyntaxError {
        int line = 0;
        QString message;
    };

    // Scans the file; false, with `error` filled, when it cannot be read or is not a JSON object.
    bool open(const QString& path, SyntaxError* error);

    bool contains(QLatin1StringView key) const;
    // The value of a small member, read whole ("format", "version", "profile"); undefined when
    // absent. Throws SyntaxError.
    QJsonValue value(QLatin1StringView key) const;
    // The number of entries of a top-level list; -1 when the member is absent or not a list.
    qsizetype size(QLatin1StringView key) const;
    // Calls `visit` with each entry of the list, in order. Throws SyntaxError.
    void forEach(
        QLatin1StringView key, const std::function<void(qsizetype index, const QJsonValue& entry)>& visit) const;

private:
    struct Span {
        qint64 begin = 0;
        qint64 end = 0;
    };
    struct Member {
        Span value;
        bool isList = false;
        QList<Span> entries;
    };

    QJsonValue parse(const Span& span) const;
    QByteArray bytes(const Span& span) const;
    int lineAt(qint64 offset) const;

    mutable QFile m_file;
    QHash<QString, Member> m_members;
    // The last block read for parse(): entries are read in order, so most come from it.
    mutable QByteArray m_block;
    mutable qint64 m_blockStart = 0;
};

} // namespace Rapport
