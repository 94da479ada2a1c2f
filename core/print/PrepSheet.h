// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Contact.h"
#include "NetworkRecords.h"
#include "PrepSheetPages.h"
#include "QuestionBank.h"
#include "ReferralGraph.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QSqlDatabase>
#include <QTextDocument>

#include <functional>
#include <optional>

namespace Rapport {

// Which parts of a prep sheet appear (the header always does).
struct PrepSheetOptions {
    bool purpose = true;
    bool research = true;
    bool history = true; // earlier meetings
    bool questions = true;
    bool notesArea = true;
    bool followUps = true; // the open ones and those after this meeting, in one list
};

// Everything one sheet shows, read from the network.
struct PrepSheetData {
    Contact contact;
    std::optional<Meeting> meeting;
    QString chain; // "Me → A → B → this person", empty without a chain of referrals
    QString referrerName; // who referred the user to this person, if anyone
    std::optional<bool> mayMentionReferrer;
    QString myName;
    QString myField;
    QString introduction;
    QString goals;
    QString organizationNotes;
    QString organizationWebsite;
    QString organizationIndustry;
    QList<Meeting> history; // earlier meetings, latest first
    QList<FollowUp> openFollowUps; // by due date
    // Standard steps (thank-you, LinkedIn...) already done for the meeting they follow: not listed.
    QList<FollowUpKind> stepsDone;
    QList<AskedQuestion> questions;
};

// A text document that never loads anything it references: user text cannot make it fetch
// a remote image or read a local file.
class SafeTextDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

// The one-page brief printed before an informational interview, as career centres teach it:
// who this is and how you reached them, your purpose, research, history, questions, room for
// notes and the follow-ups to do afterwards. Every user string is escaped.
class PrepSheet
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::PrepSheet)

public:
    static constexpr int kExcerptChars = 280;
    static constexpr int kHistoryShown = 3;
    static constexpr int kFollowUpsShown = 6;
    static constexpr int kNoteLines = 6;
    static constexpr int kMinNoteLines = 3; // however much the user typed into the meeting beforehand
    // The planned meeting's own notes: enough for an agenda, bounded so a sheet stays a sheet.
    static constexpr int kMeetingNoteLines = 12;

    // meetingId 0: a sheet about the contact with no meeting details. Throws DatabaseError.
    // graph: the network's referral graph when the caller has it already (a batch loads it once).
    static PrepSheetData gather(
        const QSqlDatabase& db, qint64 contactId, qint64 meetingId, const ReferralGraph* graph = nullptr);
    // The next planned meeting with a contact, or 0.
    static qint64 nextMeetingOf(const QSqlDatabase& db, qint64 contactId, const QDateTime& now);
    // Whose meeting meetingId is: 0 when there is no such meeting. Throws DatabaseError.
    static qint64 contactOfMeeting(const QSqlDatabase& db, qint64 meetingId);
    static QString html(const PrepSheetData& data, const PrepSheetOptions& options = {});
    // Several sheets, one per page, as one document.
    static QString combined(const QStringList& sheets);
    // The paper side is PrepSheetPages'.
    static QPageSize defaultPageSize() { return PrepSheetPages::defaultPageSize(); }
    static bool writePdf(const QString& html, const QString& path, const QPageSize& pageSize, QString* error)
    {
        return PrepSheetPages::writePdf(html, path, pageSize, error);
    }
    // Plain text of Markdown notes, cut at a word boundary with "…" when longer than maxChars
    // (PrepSheetText::excerpt).
    static QString excerpt(const QString& markdown, int maxChars = kExcerptChars);

private:
    static QStringList meetingNotes(const PrepSheetData& data);
};

} // namespace Rapport
