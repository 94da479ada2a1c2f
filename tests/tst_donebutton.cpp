// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DoneButtonDelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace Rapport;

// Today's Done button (issue 16): a double-click on it ticks off one line, not that line and the
// next one, which slides under the mouse as the first goes away. Two clicks still do two.
class TestDoneButton : public QObject
{
    Q_OBJECT

    QStandardItemModel m_model;
    QTreeView m_view;
    DoneButtonDelegate* m_delegate = nullptr;

    QPoint button(int row) const { return m_view.visualRect(m_model.index(row, 0)).center(); }

private slots:
    void initTestCase()
    {
        m_delegate = new DoneButtonDelegate(&m_view);
        m_view.setItemDelegateForColumn(0, m_delegate);
        m_view.setModel(&m_model);
        // As Today does: the line goes as soon as it is done.
        connect(m_delegate, &DoneButtonDelegate::clicked, this,
            [this](const QModelIndex& index) { m_model.removeRow(index.row()); });
        m_view.resize(400, 300);
        m_view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_view));
    }

    void init()
    {
        m_model.clear();
        for (int i = 0; i < 4; ++i)
            m_model.appendRow(new QStandardItem(QStringLiteral("Done")));
    }

    void aDoubleClickIsOneDone()
    {
        // What a window system sends for a double-click: press, release, double-click, release.
        const QPoint at = button(0);
        QTest::mouseClick(m_view.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_model.rowCount(), 3);
        const QPointF global = m_view.viewport()->mapToGlobal(QPointF(at));
        QMouseEvent second(QEvent::MouseButtonDblClick, QPointF(at), global, Qt::LeftButton, Qt::LeftButton, {});
        QApplication::sendEvent(m_view.viewport(), &second);
        QMouseEvent release(QEvent::MouseButtonRelease, QPointF(at), global, Qt::LeftButton, Qt::NoButton, {});
        QApplication::sendEvent(m_view.viewport(), &release);
        QCOMPARE(m_model.rowCount(), 3); // the second release did not take the next line
        QTest::mouseClick(m_view.viewport(), Qt::LeftButton, {}, button(0));
        QCOMPARE(m_model.rowCount(), 2);
    }

    void twoClicksAreTwoDones()
    {
        QTest::mouseClick(m_view.viewport(), Qt::LeftButton, {}, button(0));
        QCOMPARE(m_model.rowCount(), 3);
        QTest::mouseClick(m_view.viewport(), Qt::LeftButton, {}, button(0));
        QCOMPARE(m_model.rowCount(), 2);
    }
};

QTEST_MAIN(TestDoneButton)
#include "tst_donebutton.moc"
