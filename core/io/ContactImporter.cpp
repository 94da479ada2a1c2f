// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactImporter.h"

#include "ImportRun.h"
#include "JsonRestore.h"

#include <algorithm>

namespace Rapport {

ImportReport ContactImporter::run(
    Database& database, const QString& path, const ImportOptions& options, const Progress& progress)
{
    // Rapport's own JSON backup restores contacts with their links, meetings and follow-ups.
    if (options.format == ImportFormat::Json
        || (options.format == ImportFormat::Auto && JsonRestore::looksLikeJson(path)))
        return JsonRestore::run(database, path, options, progress);
    ImportSource source;
    ImportProblem problem;
    if (!source.open(path, options.format, &problem)) {
        ImportReport report;
        report.problems.append(problem);
        report.error = problem.message;
        return report;
    }
    if (options.mapping)
        source.setMapping(*options.mapping);
    return run(database, source, options, progress);
}

ImportReport ContactImporter::run(
    Database& database, const ImportSource& source, const ImportOptions& options, const Progress& progress)
{
    return ImportRun(database, source, options, progress).run();
}

ImportCheck ContactImporter::check(const ImportSource& source, const std::function<bool()>& keepGoing,
    const std::function<void(qint64 bytes)>& progress)
{
    ImportCheck check;
    check.readable = source.forEach(
        [&](ImportRecord&& record) {
            ++check.records;
            for (const QString& column : std::as_const(record.notedColumns)) {
                if (!check.notedColumns.contains(column))
                    check.notedColumns.append(column);
            }
            return !keepGoing || keepGoing();
        },
        [&check](const ImportProblem& problem) { check.problems.append(problem); }, progress);
    return check;
}

QList<ImportProblem> ContactImporter::sortedProblems(const ImportReport& report)
{
    QList<ImportProblem> problems = report.problems;
    std::stable_sort(problems.begin(), problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    return problems;
}

QString ContactImporter::problemLine(const QString& fileName, const ImportProblem& p, bool withOutcome)
{
    QString message = p.isWarning() ? tr("warning: %1").arg(p.message) : p.message;
    if (withOutcome && p.line > 0 && !p.isWarning())
        message = p.kind == ImportProblem::Kind::Field
            ? tr("%1 (left empty; the text is kept in the notes)").arg(message)
            : tr("%1 (skipped)").arg(message);
    // Line 0 is about the file as a whole (it is missing or unreadable): there is no line to name.
    // One arg() call: a file named "export%2.csv" must not take the line number into its name.
    return p.line > 0 ? QStringLiteral("%1:%2: %3").arg(fileName, QString::number(p.line), message)
                      : QStringLiteral("%1: %2").arg(fileName, message);
}

QStringList ContactImporter::problemLines(const QString& fileName, const ImportReport& report, bool withOutcome)
{
    QStringList lines;
    for (const ImportProblem& p : sortedProblems(report))
        lines.append(problemLine(fileName, p, withOutcome));
    return lines;
}

} // namespace Rapport
