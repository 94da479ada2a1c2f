// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Clock.h"
#include "Contact.h"
#include "Database.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Rapport::Test {

// A fresh network file in a temporary folder that disappears with the test.
struct TempNetwork {
    QTemporaryDir dir;
    Database database;

    TempNetwork() { QVERIFY2(database.open(path()), qPrintable(database.errorString())); }
    QString path() const { return QDir(dir.path()).filePath(QStringLiteral("test.rapport")); }
};

inline Contact sampleContact(const QString& first, const QString& last, const QString& organization = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.organization = organization;
    return c;
}

} // namespace Rapport::Test

namespace Rapport::Test {

// A clock the test sets by hand (Clock's seam): installed for the object's lifetime.
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime& now)
        : m_now(now.toUTC())
    {
        Clock::setInstance(this);
    }
    ~FixedClock() override { Clock::setInstance(nullptr); }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

protected:
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};

} // namespace Rapport::Test
