// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkSession.h"

#include "Backups.h"
#include "DatabaseError.h"
#include "OutreachTemplates.h"
#include "QuestionBank.h"
#include "Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Rapport {

NetworkSession::~NetworkSession()
{
    m_dailyBackup.waitForFinished(); // its copy finishes before the file may go away (a demo copy)
    m_undoStack.clear(); // commands point into the store
}

std::unique_ptr<NetworkSession> NetworkSession::open(
    const QString& path, QString* error, QList<SchemaProblem>* schemaProblems)
{
    std::unique_ptr<NetworkSession> session(new NetworkSession);
    // One window per network: a second one would show stale data and undo over the first's edits.
    // (Commands from the command line may still run: each of their writes is one transaction.)
    const QString absolute = QFileInfo(path).absoluteFilePath();
    session->m_lock = std::make_unique<QLockFile>(absolute + QStringLiteral(".lock"));
    session->m_lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    if (QFileInfo(absolute).dir().exists() && !session->m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        session->m_lock->getLockInfo(&pid, &host, &application);
        if (session->m_lock->error() == QLockFile::LockFailedError) {
            *error = tr("%1 is already open in another Rapport window (process %2). Switch to that window, or "
                        "close it and open the network here.")
                         .arg(absolute, QString::number(pid));
            return nullptr;
        }
        session->m_lock.reset(); // a read-only folder: no lock possible; the database says if it can open
    }
    if (!session->m_database.open(path)) {
        *error = session->m_database.errorString();
        if (schemaProblems)
            *schemaProblems = session->m_database.schemaProblems();
        return nullptr;
    }
    // The day's copy, when the network changed since the last one (Backups keeps the last 7),
    // on a worker with its own connection: a large network's copy takes a moment. It starts once
    // the window is up, so it does not compete with opening (a 100k network opens 30% slower
    // beside it on two cores).
    QTimer::singleShot(kDailyBackupDelayMs, session.get(), [s = session.get()] {
        s->m_dailyBackup = QtConcurrent::run([path = s->m_database.path()] {
            QString error;
            return Backups::takeDailyIfDue(path, &error);
        });
    });
    session->m_store = std::make_unique<ContactStore>(session->m_database);
    session->m_links = std::make_unique<ReferralStore>(session->m_database);
    session->m_meetings = std::make_unique<MeetingStore>(session->m_database);
    session->m_profile = std::make_unique<ProfileStore>(session->m_database);
    session->m_questions = std::make_unique<QuestionStore>(session->m_database);
    session->m_templates = std::make_unique<TemplateStore>(session->m_database);
    // Before the models make their first reads: a failure there is reported too.
    NetworkSession* s = session.get();
    QObject::connect(s->m_store.get(), &ContactStore::readFailed, s, &NetworkSession::reportReadFailure);
    QObject::connect(s->m_links.get(), &ReferralStore::readFailed, s, &NetworkSession::reportReadFailure);
    QObject::connect(s->m_meetings.get(), &MeetingStore::readFailed, s, &NetworkSession::reportReadFailure);
    QObject::connect(s->m_profile.get(), &ProfileStore::readFailed, s, &NetworkSession::reportReadFailure);
    QObject::connect(s->m_questions.get(), &QuestionStore::readFailed, s, &NetworkSession::reportReadFailure);
    QObject::connect(s->m_templates.get(), &TemplateStore::readFailed, s, &NetworkSession::reportReadFailure);
    // A meeting or follow-up changes what the contact's row shows (stage, last contact, next follow-up).
    QObject::connect(session->m_meetings.get(), &MeetingStore::contactTouched, session->m_store.get(),
        &ContactStore::notifyContactChanged);
    // The question bank and the outreach templates start with good defaults, in the user's language.
    try {
        Transaction transaction(session->m_database.connection());
        QuestionBank::ensureDefaults(session->m_database.connection());
        OutreachTemplates::ensureDefaults(session->m_database.connection());
        transaction.commit();
    } catch (const DatabaseError&) {
        // Writing the defaults failed (a read-only or busy file): the window still opens, and the bank
        // stays empty until it can be written. A read failure behind it is the views' to report: the
        // question bank and the templates say so when they read them.
    }
    session->m_listModel = std::make_unique<ContactListModel>(session->m_store.get());
    session->m_filterModel = std::make_unique<ContactFilterModel>(session->m_store.get());
    session->m_filterModel->setSourceModel(session->m_listModel.get());
    session->m_listReloader = std::make_unique<ContactListReloader>(
        session->m_database.path(), session->m_store.get(), session->m_listModel.get(), session->m_filterModel.get());
    // Meeting notes and takeaways are searchable too (the FTS view includes them).
    for (auto signal : {&MeetingStore::notesSaved, &MeetingStore::meetingsChanged})
        QObject::connect(
            session->m_meetings.get(), signal, session->m_filterModel.get(), &ContactFilterModel::refreshSearch);
    return session;
}

void NetworkSession::reportReadFailure(const QString& problem)
{
    if (m_reportedProblems.contains(problem))
        return;
    m_reportedProblems.insert(problem);
    m_unreportedProblems.append(problem);
    if (m_unreportedProblems.size() > 1)
        return; // already on its way, with this one added
    QMetaObject::invokeMethod(
        this, [this] { emit readFailed(std::exchange(m_unreportedProblems, {}).join(QLatin1Char('\n'))); },
        Qt::QueuedConnection);
}

} // namespace Rapport
