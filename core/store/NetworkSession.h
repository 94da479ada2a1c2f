// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactFilterModel.h"
#include "ContactListModel.h"
#include "ContactListReloader.h"
#include "ContactStore.h"
#include "Database.h"
#include "MeetingStore.h"
#include "ProfileStore.h"
#include "QuestionStore.h"
#include "ReferralStore.h"
#include "TemplateStore.h"

#include <QFuture>
#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUndoStack>

#include <memory>

namespace Rapport {

// Everything that belongs to one open network file: the database, the store, the models
// and the undo history. Switching networks replaces the whole session.
class NetworkSession : public QObject
{
    Q_OBJECT

public:
    // Returns nullptr with *error set when the file cannot be opened, or when another Rapport
    // window already has it open (two windows would each undo the other's edits). When the file
    // was refused for what its schema holds, *schemaProblems says what (Database::schemaProblems).
    static std::unique_ptr<NetworkSession> open(
        const QString& path, QString* error, QList<SchemaProblem>* schemaProblems = nullptr);
    ~NetworkSession() override;

    // How long after opening the day's backup starts (tests wait for it).
    static constexpr int kDailyBackupDelayMs = 2000;

    QString path() const { return m_database.path(); }
    Database& database() { return m_database; }
    ContactStore* store() { return m_store.get(); }
    ReferralStore* links() { return m_links.get(); }
    MeetingStore* meetings() { return m_meetings.get(); }
    ProfileStore* profile() { return m_profile.get(); }
    QuestionStore* questions() { return m_questions.get(); }
    TemplateStore* templates() { return m_templates.get(); }
    ContactListModel* listModel() { return m_listModel.get(); }
    ContactFilterModel* filterModel() { return m_filterModel.get(); }
    // Reads the list's rows on a worker after bulk changes.
    ContactListReloader* listReloader() { return m_listReloader.get(); }
    QUndoStack* undoStack() { return &m_undoStack; }

    // A read of this network failed: the stores' readFailed lands here, and so does any view's
    // own failed read. Each problem is reported once per session (a damaged table fails again at
    // every refresh), from the event loop: the read may run inside a model reset, or before the
    // window has connected to readFailed.
    void reportReadFailure(const QString& problem);

signals:
    // One or more problems (one per line) that reading the network ran into.
    void readFailed(const QString& problems);

private:
    NetworkSession() = default;

    // Held while the network is open in this window; released last (declared first).
    std::unique_ptr<QLockFile> m_lock;
    Database m_database;
    // Made once the database is open, and destroyed before it (reverse order).
    std::unique_ptr<ContactStore> m_store;
    std::unique_ptr<ReferralStore> m_links;
    std::unique_ptr<MeetingStore> m_meetings;
    std::unique_ptr<ProfileStore> m_profile;
    std::unique_ptr<QuestionStore> m_questions;
    std::unique_ptr<TemplateStore> m_templates;
    std::unique_ptr<ContactListModel> m_listModel;
    std::unique_ptr<ContactFilterModel> m_filterModel;
    std::unique_ptr<ContactListReloader> m_listReloader;
    QUndoStack m_undoStack;
    QFuture<QString> m_dailyBackup; // taken on a worker shortly after the window opens
    QSet<QString> m_reportedProblems;
    QStringList m_unreportedProblems;
};

} // namespace Rapport
