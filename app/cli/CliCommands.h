// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactImporter.h"
#include "Database.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

// The option names the commands share, and the commands in CliCommands.cpp; `graph`, `path`
// and `prep-sheet` have their own files.
namespace Rapport::Cli {

inline const QString kDatabase = QStringLiteral("database");
inline const QString kDemo = QStringLiteral("demo");
inline const QString kSearch = QStringLiteral("search");
inline const QString kJson = QStringLiteral("json");
inline const QString kFormat = QStringLiteral("format");
inline const QString kOutput = QStringLiteral("output");
inline const QString kOnDuplicate = QStringLiteral("on-duplicate");
inline const QString kDryRun = QStringLiteral("dry-run");
inline const QString kSkipInvalid = QStringLiteral("skip-invalid");
inline const QString kStrict = QStringLiteral("strict");
inline const QString kVCardVersion = QStringLiteral("vcard-version");
inline const QString kLayout = QStringLiteral("layout");
inline const QString kTo = QStringLiteral("to");
inline const QString kToOrganization = QStringLiteral("to-org");
inline const QString kContact = QStringLiteral("contact");
inline const QString kMeeting = QStringLiteral("meeting");
inline const QString kMessages = QStringLiteral("messages");

// The network file: --database, or the default one.
QString databasePath(const QCommandLineParser& parser);

// Writes an error to stderr with each line starting "rapport: ", as every error of the commands
// does, so a script or a user sees which program spoke. A line that already says it keeps one.
void printError(QTextStream& err, const QString& message);

int runDemo(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
int runList(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
int runExport(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
int runImport(const QCommandLineParser& parser, const QString& file, QTextStream& out, QTextStream& err);
// --on-duplicate into *policy (left as it is when not given); false, with the error printed, when
// it names no policy.
bool readDuplicatePolicy(const QCommandLineParser& parser, DuplicatePolicy* policy, QTextStream& err);
// `import ARCHIVE.zip|FOLDER`: a whole LinkedIn data archive (CliArchiveImport.cpp).
int runArchiveImport(const QCommandLineParser& parser, const QString& path, QTextStream& out, QTextStream& err);
// Opens the network for an import; a network the import made and did not write to goes again
// (removeUnwritten), so a failed or dry-run import into a new file leaves nothing behind.
struct ImportTarget {
    Database database;
    QString file;
    bool isNew = false;
    bool open(const QCommandLineParser& parser, QTextStream& err);
    void removeUnwritten(bool written);
};

} // namespace Rapport::Cli
