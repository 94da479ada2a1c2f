// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// View ▸ Theme (issue 16): System, Light and Dark apply at once to the whole application, are
// remembered for the next window, and the two tuned palettes keep text readable.
#include "DisplayFormat.h"
#include "GraphStyle.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "Themes.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace Rapport;

class TestThemes : public QObject
{
    Q_OBJECT

    static QAction* themeAction(MainWindow& window, const char* name)
    {
        return window.findChild<QAction*>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_themes"));
        QSettings().clear();
        MessageBoxes::setTestMode(true);
    }

    void cleanup()
    {
        Themes::setChosen(Themes::Theme::System);
        Themes::apply(Themes::Theme::System);
    }

    void darkAppliesAtOnceAndIsRemembered()
    {
        const QString systemStyle = QApplication::style()->name();
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        QCOMPARE(Themes::chosen(), Themes::Theme::System);
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QAction* system = themeAction(window, "theme_system");
            QAction* dark = themeAction(window, "theme_dark");
            QVERIFY(system && dark && themeAction(window, "theme_light"));
            QVERIFY(system->isChecked());
            dark->trigger();
            QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
            QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
            // The window and the graph's colours follow.
            QTRY_VERIFY(window.palette().color(QPalette::Window).lightnessF() < 0.3);
            QVERIFY(GraphStyle(window.palette()).isDark());
        }
        QCOMPARE(Themes::chosen(), Themes::Theme::Dark);
        {
            MainWindow again;
            QVERIFY(themeAction(again, "theme_dark")->isChecked());
            QVERIFY(!themeAction(again, "theme_system")->isChecked());
            themeAction(again, "theme_light")->trigger();
            QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.7);
            themeAction(again, "theme_system")->trigger();
        }
        // System brings the platform's look back.
        QCOMPARE(Themes::chosen(), Themes::Theme::System);
        QCOMPARE(QApplication::style()->name(), systemStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    }

    void palettesKeepTextReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Themes::lightPalette();
        QTest::newRow("dark") << Themes::darkPalette();
    }

    void palettesKeepTextReadable()
    {
        QFETCH(QPalette, palette);
        const auto ratio = [&](QPalette::ColorGroup group, QPalette::ColorRole fore, QPalette::ColorRole back) {
            return Themes::contrastRatio(palette.color(group, fore), palette.color(group, back));
        };
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            QVERIFY(ratio(group, QPalette::Text, QPalette::Base) >= 7);
            QVERIFY(ratio(group, QPalette::WindowText, QPalette::Window) >= 7);
            QVERIFY(ratio(group, QPalette::ButtonText, QPalette::Button) >= 7);
            QVERIFY(ratio(group, QPalette::ToolTipText, QPalette::ToolTipBase) >= 7);
            QVERIFY(ratio(group, QPalette::HighlightedText, QPalette::Highlight) >= 4.5);
            QVERIFY(ratio(group, QPalette::Link, QPalette::Base) >= 4.5);
            QVERIFY(ratio(group, QPalette::LinkVisited, QPalette::Base) >= 4.5);
            QVERIFY(ratio(group, QPalette::PlaceholderText, QPalette::Base) >= 4.5);
            QVERIFY(ratio(group, QPalette::Text, QPalette::AlternateBase) >= 7);
        }
        QVERIFY(ratio(QPalette::Disabled, QPalette::Text, QPalette::Base) >= 4.5);
        QVERIFY(ratio(QPalette::Disabled, QPalette::WindowText, QPalette::Window) >= 4.5);
        QVERIFY(ratio(QPalette::Disabled, QPalette::ButtonText, QPalette::Button) >= 4.5);
        // The warning red (the list's overdue rows, the editor's errors) on both backgrounds.
        const QColor warning = DisplayFormat::warningColor(palette);
        QVERIFY(Themes::contrastRatio(warning, palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(Themes::contrastRatio(warning, palette.color(QPalette::Window)) >= 4.5);
    }

    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(Themes::contrastRatio(Qt::black, Qt::white)), 21);
        QCOMPARE(Themes::contrastRatio(Qt::gray, Qt::gray), 1.0);
        QVERIFY(qAbs(Themes::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }
};

QTEST_MAIN(TestThemes)
#include "tst_themes.moc"
