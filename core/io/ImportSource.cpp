// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportSource.h"

#include "CsvReader.h"
#include "VCardReader.h"

#include <QBuffer>
#include <QFileInfo>
#include <QLocale>

namespace Rapport {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kChunkSize = 1 << 16;
constexpr int kMaxPreambleRecords = 50;
constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

bool sameFamily(ImportFormat format, CsvDialect dialect)
{
    switch (format) {
    case ImportFormat::LinkedIn:
        return dialect == CsvDialect::LinkedIn;
    case ImportFormat::Google:
        return dialect == CsvDialect::GoogleCurrent || dialect == CsvDialect::GoogleLegacy;
    case ImportFormat::Outlook:
        return dialect == CsvDialect::OutlookDesktop || dialect == CsvDialect::OutlookWeb;
    default:
        return true;
    }
}

bool isUtf16(TextDecoder::Encoding encoding)
{
    return encoding == TextDecoder::Encoding::Utf16LittleEndian || encoding == TextDecoder::Encoding::Utf16BigEndian;
}

// A vCard file's bytes as the reader wants them: a UTF-8 character cut by a fold is whole again.
QByteArray vCardBytes(QIODevice& file, TextDecoder::Encoding encoding)
{
    const QByteArray bytes = file.readAll();
    return isUtf16(encoding) ? bytes : VCardReader::mendSplitCharacters(bytes);
}

bool hasVCardName(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.compare("vcf"_L1, Qt::CaseInsensitive) == 0 || suffix.compare("vcard"_L1, Qt::CaseInsensitive) == 0;
}

QString formatLabel(ImportFormat format)
{
    switch (format) {
    case ImportFormat::LinkedIn:
        return ImportSource::tr("a LinkedIn connections export");
    case ImportFormat::Google:
        return ImportSource::tr("a Google Contacts export");
    case ImportFormat::Outlook:
        return ImportSource::tr("an Outlook export");
    default:
        return ImportSource::tr("a contacts file");
    }
}

} // namespace

bool ImportSource::parseFormat(const QString& name, ImportFormat* format)
{
    static const QList<std::pair<QString, ImportFormat>> names = {{QStringLiteral("auto"), ImportFormat::Auto},
        {QStringLiteral("linkedin"), ImportFormat::LinkedIn}, {QStringLiteral("google"), ImportFormat::Google},
        {QStringLiteral("outlook"), ImportFormat::Outlook}, {QStringLiteral("vcard"), ImportFormat::VCard},
        {QStringLiteral("csv"), ImportFormat::Csv}, {QStringLiteral("json"), ImportFormat::Json}};
    for (const auto& [key, value] : names) {
        if (name.compare(key, Qt::CaseInsensitive) == 0) {
            *format = value;
            return true;
        }
    }
    return false;
}

QString ImportSource::undecodable() const
{
    return tr("the file has bytes that are not valid %1 text").arg(TextDecoder::displayName(m_encoding));
}

QString ImportSource::formatName() const
{
    return m_vcard ? tr("vCard") : CsvContactMapping::dialectName(m_mapping.dialect());
}

QString ImportSource::formatKey() const
{
    return m_vcard ? QStringLiteral("vcard") : CsvContactMapping::dialectKey(m_mapping.dialect());
}

std::unique_ptr<QIODevice> ImportSource::openDevice(QString* error) const
{
    std::unique_ptr<QIODevice> device;
    if (m_inMemory) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m_bytes); // shared, not copied
        device = std::move(buffer);
    } else {
        device = std::make_unique<QFile>(m_path);
    }
    if (!device->open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the file: %1").arg(device->errorString());
        return nullptr;
    }
    return device;
}

bool ImportSource::open(const QString& path, ImportFormat format, ImportProblem* problem)
{
    m_inMemory = false;
    m_bytes.clear();
    m_path = path;
    const QFileInfo info(path);
    if (!info.exists() || info.isDir()) {
        *problem = ImportProblem {0, info.isDir() ? tr("is a folder, not a contacts file") : tr("no such file")};
        return false;
    }
    return openContent(format, problem);
}

bool ImportSource::open(const QByteArray& bytes, const QString& name, ImportFormat format, ImportProblem* problem)
{
    m_inMemory = true;
    m_bytes = bytes;
    m_path = name;
    return openContent(format, problem);
}

bool ImportSource::openContent(ImportFormat format, ImportProblem* problem)
{
    const QString path = m_path;
    m_content = ContentSniffer::Kind::Text;
    m_format = format;
    m_vcard = false;
    m_mapping = CsvContactMapping();
    m_headerLine = 0;
    m_size = 0;
    const auto fail = [problem](int line, const QString& message) {
        *problem = ImportProblem {line, message};
        return false;
    };
    QString deviceError;
    const std::unique_ptr<QIODevice> device = openDevice(&deviceError);
    if (!device)
        return fail(0, deviceError);
    QIODevice& file = *device;
    m_size = file.size();
    if (m_size == 0)
        return fail(1, tr("the file is empty"));
    if (m_size > kMaxFileBytes) {
        // Everything is checked before anything is written, so the whole file is held at once.
        const QLocale locale;
        return fail(0,
            tr("the file is %1, more than Rapport imports at once (%2, about a million contacts): split it into "
               "smaller files")
                .arg(locale.formattedDataSize(m_size, 1, QLocale::DataSizeTraditionalFormat),
                    locale.formattedDataSize(kMaxFileBytes, 0, QLocale::DataSizeTraditionalFormat)));
    }

    // What the file is comes before how to read it: any bytes decode as Windows-1252, so a PDF or a
    // photo would otherwise reach the wizard as a table of garbled columns.
    const auto refuse = [&](const ContentSniffer::Verdict& verdict) {
        m_content = verdict.kind;
        return fail(0, verdict.reason);
    };
    const QByteArray head = file.peek(kChunkSize);
    if (const auto verdict = ContentSniffer::sniffBytes(head, path); !verdict.isText())
        return refuse(verdict); // a ZIP archive too, until the LinkedIn archive reader takes it here
    m_encoding = TextDecoder::detect(file);
    TextDecoder decoder(m_encoding);
    const QString start = decoder.decode(file.read(kChunkSize));
    if (start.trimmed().isEmpty() && m_size <= kChunkSize && !decoder.hasError())
        return fail(1, tr("the file is empty"));
    if (const auto verdict = ContentSniffer::sniffDecoded(head, m_encoding); !verdict.isText())
        return refuse(verdict);

    // The content and the name both count: a damaged .vcf (its BEGIN:VCARD lost) is still a vCard file, and
    // read as CSV it would make contacts out of property names.
    const bool vcardContent = VCardReader::looksLikeVCard(start);
    m_vcard = format == ImportFormat::VCard || (format == ImportFormat::Auto && (vcardContent || hasVCardName(path)));
    if (m_vcard) {
        file.seek(0);
        const QByteArray bytes = vCardBytes(file, m_encoding);
        // A fold that cut a UTF-8 character made the file pass for Windows-1252: tell it again, mended.
        if (!isUtf16(m_encoding))
            m_encoding = TextDecoder::detect(bytes);
        if (!vcardContent && !VCardReader::hasCard(TextDecoder(m_encoding).decode(bytes)))
            return fail(0, tr("no BEGIN:VCARD found: this is not a vCard file, or it is damaged"));
        return true;
    }
    m_delimiter = CsvReader::sniffDelimiter(start);

    // Find the header row: LinkedIn puts a few lines of notes before it, of varying length.
    std::optional<CsvDialect> dialect;
    QStringList header;
    CsvRecord firstRecord; // with --format csv, the header when no row names known columns
    bool hasRows = false;
    int records = 0;
    std::optional<ImportProblem> readProblem;
    readCsv(
        [&](CsvRecord&& record) {
            if (record.isBlank())
                return true;
            if (dialect) {
                hasRows = true;
                return false;
            }
            dialect = CsvContactMapping::recognize(record.fields);
            if (dialect == CsvDialect::Generic && format != ImportFormat::Auto && format != ImportFormat::Csv)
                dialect.reset();
            if (dialect) {
                header = record.fields;
                m_headerLine = record.line;
                return true;
            }
            if (records == 0)
                firstRecord = record;
            return ++records < kMaxPreambleRecords;
        },
        [&](const ImportProblem& p) { readProblem = p; }, {});
    if (!dialect && format == ImportFormat::Csv && records > 0 && !readProblem) {
        // No row names our columns: take the first as the header, so the message below says so.
        dialect = CsvDialect::Generic;
        header = firstRecord.fields;
        m_headerLine = firstRecord.line;
        hasRows = records > 1; // every record after the first was read as a possible header
    }
    // Reading stops at the first data row, so a problem means there is none to read (an
    // unterminated quote or bad bytes before it, or in the preamble).
    if (readProblem)
        return fail(readProblem->line, readProblem->message);
    // A header of a known export says enough; otherwise the rows must at least make a table.
    if (!dialect || *dialect == CsvDialect::Generic) {
        const auto verdict
            = ContentSniffer::sniffTable(start, m_delimiter, dialect ? m_headerLine : 0, m_size <= kChunkSize);
        if (!verdict.isText())
            return refuse(verdict);
    }
    if (!dialect) {
        if (format != ImportFormat::Auto && format != ImportFormat::Csv)
            return fail(1, tr("this is not %1: no header row of that kind was found").arg(formatLabel(format)));
        return fail(1,
            tr("no header row of a known format (LinkedIn, Google, Outlook) was found; "
               "map the columns in the import wizard, or use --format csv with a header row "
               "naming the columns (First Name, Last Name, Email, Company...)"));
    }
    if (!sameFamily(format, *dialect))
        return fail(m_headerLine,
            tr("this is not %1: the header looks like %2")
                .arg(formatLabel(format), CsvContactMapping::dialectName(*dialect)));
    m_mapping = CsvContactMapping::forHeader(*dialect, header);
    if (!m_mapping.isUsable() && !m_allowUnmapped)
        return fail(m_headerLine,
            tr("no column holds a name, organisation or e-mail; map the columns in the "
               "import wizard"));
    if (!hasRows)
        return fail(m_headerLine, tr("the file has a header row but no contacts"));
    return true;
}

bool ImportSource::readCsv(
    const std::function<bool(CsvRecord&&)>& onRow, const ProblemSink& onProblem, const Progress& progress) const
{
    QString deviceError;
    const std::unique_ptr<QIODevice> device = openDevice(&deviceError);
    if (!device) {
        onProblem({0, deviceError});
        return false;
    }
    QIODevice& file = *device;
    TextDecoder decoder(m_encoding);
    CsvReader reader(m_delimiter);
    bool stopped = false;
    const CsvReader::Sink sink = [&](CsvRecord&& record) {
        if (!stopped && !onRow(std::move(record)))
            stopped = true;
    };
    qint64 read = 0;
    while (!stopped && !file.atEnd()) {
        const QByteArray chunk = file.read(kChunkSize);
        if (chunk.isEmpty())
            break;
        read += chunk.size();
        // At bad bytes the decoder returns the text before them, so the reader's line is theirs.
        reader.feed(decoder.decode(chunk), sink);
        if (decoder.hasError() && !stopped) {
            onProblem({reader.currentLine(), undecodable()});
            return false;
        }
        if (const auto error = reader.error()) { // e.g. a value that never ends
            onProblem(*error);
            return false;
        }
        if (progress)
            progress(read);
    }
    if (stopped)
        return true;
    decoder.finish();
    if (decoder.hasError()) {
        onProblem({reader.currentLine(), undecodable()});
        return false;
    }
    reader.finish(sink);
    if (const auto error = reader.error()) {
        onProblem(*error);
        return false;
    }
    return true;
}

bool ImportSource::forEach(const RecordSink& onRecord, const ProblemSink& onProblem, const Progress& progress) const
{
    if (m_vcard) {
        QString deviceError;
        const std::unique_ptr<QIODevice> device = openDevice(&deviceError);
        if (!device) {
            onProblem({0, deviceError});
            return false;
        }
        TextDecoder decoder(m_encoding);
        const QString text = decoder.decode(vCardBytes(*device, m_encoding));
        decoder.finish();
        if (decoder.hasError()) {
            onProblem({int(text.count(QLatin1Char('\n'))) + 1, undecodable()});
            return false;
        }
        bool stopped = false;
        const auto problems = VCardReader::read(text, [&](ImportRecord&& record) {
            if (!stopped && !onRecord(std::move(record)))
                stopped = true;
        });
        for (const auto& problem : problems)
            onProblem(problem);
        if (progress)
            progress(m_size);
        return !(problems.size() == 1 && problems.first().line == 0);
    }

    return readCsv(
        [&](CsvRecord&& row) {
            if (row.line <= m_headerLine || row.isBlank())
                return true;
            ImportRecord record;
            if (const auto problem = m_mapping.toRecord(row.fields, row.line, &record)) {
                onProblem(*problem);
                return true;
            }
            for (const ImportProblem& problem : std::as_const(record.fieldProblems))
                onProblem(problem);
            return onRecord(std::move(record));
        },
        onProblem, progress);
}

QList<QStringList> ImportSource::sampleRows(int limit) const
{
    QList<QStringList> rows;
    if (m_vcard)
        return rows;
    readCsv(
        [&](CsvRecord&& row) {
            if (row.line > m_headerLine && !row.isBlank())
                rows.append(row.fields);
            return rows.size() < limit;
        },
        [](const ImportProblem&) {}, {});
    return rows;
}

} // namespace Rapport
