// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace Rapport {

class Database;

// The user's own profile: templates and prep sheets fill themselves from it.
struct Profile {
    QString name;
    QString field;
    QString introduction; // the 30-second introduction
    QString goals; // what the user is exploring
    bool operator==(const Profile&) const = default;
};

// Reads and writes the profile. A write is one transaction, announced once committed; a read
// that fails returns nothing and emits readFailed (see ContactStore).
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(Database& database, QObject* parent = nullptr);

    // std::nullopt when it could not be read (an empty profile is a profile).
    std::optional<Profile> profile() const;
    // False with lastError() set, and nothing written, on failure. Values are stored trimmed.
    bool save(const Profile& profile);

    QString lastError() const { return m_lastError; }

signals:
    void profileChanged();
    void writeFailed(const QString& message);
    void readFailed(const QString& message) const;

private:
    Database& m_database;
    QString m_lastError;
};

} // namespace Rapport
