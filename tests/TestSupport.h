#pragma once

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
