// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The outreach templates' and the profile's one write path: their stores' writes and signals,
// the undo commands, and the template list model.
#include "ProfileCommand.h"
#include "ProfileStore.h"
#include "TemplateCommands.h"
#include "TemplateListModel.h"
#include "TemplateStore.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Rapport;

class TestTemplatesAndProfile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempNetwork> m_net;
    QUndoStack m_stack;

    static OutreachTemplate sample(const QString& name)
    {
        OutreachTemplate t;
        t.kind = TemplateKind::Other;
        t.name = name;
        t.subject = QStringLiteral("Hello {firstName}");
        t.body = QStringLiteral("Dear {firstName},\n\n{myName}");
        return t;
    }

private slots:
    void init()
    {
        m_net = std::make_unique<Test::TempNetwork>();
        Transaction transaction(m_net->database.connection());
        OutreachTemplates::ensureDefaults(m_net->database.connection());
        transaction.commit();
    }

    void cleanup()
    {
        m_stack.clear();
        m_net.reset();
    }

    void templatesAreAddedEditedAndRemovedWithUndo()
    {
        TemplateStore store(m_net->database);
        const qsizetype defaults = store.templates().size();
        QSignalSpy added(&store, &TemplateStore::templateAdded);
        QSignalSpy changed(&store, &TemplateStore::templateChanged);
        QSignalSpy removed(&store, &TemplateStore::templateRemoved);

        auto* add = new AddTemplateCommand(&store, sample(QStringLiteral("Conference follow-up")));
        m_stack.push(add);
        const qint64 id = add->templateId();
        QVERIFY(id);
        QCOMPARE(added.size(), 1);
        QCOMPARE(store.templates().size(), defaults + 1);
        QCOMPARE(store.templates().last().id, id);
        m_stack.undo();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toLongLong(), id);
        QCOMPARE(store.templates().size(), defaults);
        m_stack.redo();
        QCOMPARE(store.templates().last().id, id); // the same template, in the same place
        QCOMPARE(store.templates().last().name, QStringLiteral("Conference follow-up"));

        OutreachTemplate before = *store.outreachTemplate(id);
        OutreachTemplate after = before;
        after.subject = QStringLiteral("Great to meet you, {firstName}");
        m_stack.push(new EditTemplateCommand(&store, before, after));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.outreachTemplate(id)->subject, after.subject);
        m_stack.undo();
        QCOMPARE(store.outreachTemplate(id)->subject, before.subject);
        m_stack.redo();

        const OutreachTemplate first = store.templates().first();
        m_stack.push(new RemoveTemplateCommand(&store, first));
        QVERIFY(!store.outreachTemplate(first.id));
        QCOMPARE(m_stack.undoText(), QStringLiteral("Delete template “%1”").arg(first.name));
        m_stack.undo();
        QCOMPARE(store.templates().first().id, first.id); // back first, as it was
        QCOMPARE(store.templates().first().body, first.body);
    }

    void templateListModelTouchesOnlyItsRow()
    {
        TemplateStore store(m_net->database);
        TemplateListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int rows = model.rowCount();
        QCOMPARE(rows, int(store.templates().size()));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        auto* add = new AddTemplateCommand(&store, sample(QStringLiteral("Conference follow-up")));
        m_stack.push(add);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), rows);
        QCOMPARE(model.index(rows).data().toString(), QStringLiteral("Conference follow-up"));

        OutreachTemplate renamed = model.templateAt(rows);
        renamed.name = QStringLiteral("After a conference");
        m_stack.push(new EditTemplateCommand(&store, model.templateAt(rows), renamed));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(rows));
        QCOMPARE(model.index(rows).data().toString(), QStringLiteral("After a conference"));

        const OutreachTemplate first = model.templateAt(0);
        m_stack.push(new RemoveTemplateCommand(&store, first));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        m_stack.undo(); // back in its row
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 0);
        QCOMPARE(model.templateAt(0).id, first.id);
        QCOMPARE(model.rowCount(), rows + 1);
    }

    void profileIsSavedWithUndo()
    {
        ProfileStore store(m_net->database);
        QSignalSpy saved(&store, &ProfileStore::profileChanged);
        const Profile before = *store.profile();
        QCOMPARE(before, Profile());
        const Profile after {QStringLiteral("Dana Kim"), QStringLiteral("a postdoc in cell biology"),
            QStringLiteral("I study how cells divide."), QStringLiteral("Science writing")};
        m_stack.push(new EditProfileCommand(&store, before, after));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(*store.profile(), after);
        QCOMPARE(m_stack.undoText(), QStringLiteral("Edit my profile"));
        m_stack.undo();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(*store.profile(), before);
        m_stack.redo();
        QCOMPARE(store.profile()->name, QStringLiteral("Dana Kim"));
        // Another connection, as after a restart, reads the same.
        Database again;
        QVERIFY(again.open(m_net->path(), Database::OpenMode::MustExist));
        QCOMPARE(ProfileStore(again).profile()->field, QStringLiteral("a postdoc in cell biology"));
    }
};

QTEST_MAIN(TestTemplatesAndProfile)
#include "tst_templatesandprofile.moc"
