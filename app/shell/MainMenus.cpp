// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainMenus.h"

#include "ExportController.h"
#include "GraphPanel.h"
#include "LanguageRestart.h"
#include "MainWindow.h"
#include "Themes.h"
#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QSet>

namespace Rapport {

namespace {
// Language names come from the locale, not from a translator, so their letters are picked here:
// the first letter of the name no other item took yet (none when every letter is taken).
QString withMnemonic(QString label, QSet<QChar>& taken)
{
    label.replace(u'&', QStringLiteral("&&"));
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar letter = label.at(i).toLower();
        if (label.at(i) == u'&') {
            ++i;
            continue;
        }
        if (letter.isLetter() && !taken.contains(letter)) {
            taken.insert(letter);
            return label.insert(i, u'&');
        }
    }
    return label;
}

// The letter after a single '&' ("&&" is a plain ampersand), lower case; null when there is none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

// The mnemonic for a label without one: a free letter, preferably starting a word after the first
// (the thing shown, not "Show"), then any letter after the first word, then one of the first word.
QString withFreeLetter(const QString& plain, QSet<QChar>& taken)
{
    const qsizetype firstWordEnd = qMax<qsizetype>(0, plain.indexOf(u' '));
    qsizetype chosen = -1;
    for (int pass = 0; pass < 3 && chosen < 0; ++pass) {
        for (qsizetype i = 0; i < plain.size() && chosen < 0; ++i) {
            const bool later = i > firstWordEnd;
            const bool starts = i == 0 || !plain.at(i - 1).isLetter();
            const bool wanted = pass == 0 ? later && starts : pass == 1 ? later && !starts : !later;
            if (wanted && plain.at(i).isLetter() && !taken.contains(plain.at(i).toLower()))
                chosen = i;
        }
    }
    QString label;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (i == chosen)
            label += u'&';
        label += plain.at(i) == u'&' ? QStringLiteral("&&") : QString(plain.at(i));
    }
    if (chosen >= 0)
        taken.insert(plain.at(chosen).toLower());
    return label;
}

// Gives each of these actions of the menu a letter no other item of it has, keeping its own
// when that is free: actions named for another place (a tool bar) may clash in some language.
void giveFreeMnemonics(QMenu* menu, const QList<QAction*>& actions)
{
    QSet<QChar> taken;
    for (const QAction* item : menu->actions()) {
        if (const QChar letter = mnemonicOf(item->text()); !letter.isNull() && !actions.contains(item))
            taken.insert(letter);
    }
    for (QAction* action : actions) {
        const QChar own = mnemonicOf(action->text());
        if (!own.isNull() && !taken.contains(own)) {
            taken.insert(own);
            continue;
        }
        const QString text = action->text();
        QString plain;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'&' && i + 1 < text.size())
                ++i; // the marker goes; of "&&", one ampersand stays
            plain += text.at(i);
        }
        action->setText(withFreeLetter(plain, taken));
    }
}
} // namespace

// The texts keep MainWindow's translation context (MainWindow::tr): they are the window's
// menus, and the shipped translations know them there.

MainMenus::MainMenus(QMainWindow* window)
    : QObject(window)
    , m_window(window)
{
    createActions();
}

void MainMenus::createActions()
{
    const auto action = [this](const QString& text, const char* name, const QKeySequence& shortcut, const char* icon) {
        auto* a = new QAction(text, m_window);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(shortcut);
        if (icon)
            a->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
        return a;
    };
    MainActions& a = m_actions;
    a.newNetwork = action(MainWindow::tr("&New Network…"), "newNetworkAction",
        QKeySequence(MainWindow::tr("Ctrl+Shift+N")), "document-new");
    a.open = action(MainWindow::tr("&Open Network…"), "openNetworkAction", QKeySequence::Open, "document-open");
    a.import = action(
        MainWindow::tr("&Import Contacts…"), "importAction", QKeySequence(MainWindow::tr("Ctrl+I")), "document-import");
    a.importArchiveFolder
        = action(MainWindow::tr("Import LinkedIn &Archive Folder…"), "importArchiveFolderAction", {}, "folder-open");
    a.importArchiveFolder->setStatusTip(MainWindow::tr(
        "Your LinkedIn data archive, unzipped: connections, messages and invitations in one step (the ZIP itself "
        "goes through Import Contacts)"));
    a.demo = action(MainWindow::tr("Open &Demo Network"), "demoAction", {}, nullptr);
    a.quit = action(MainWindow::tr("&Quit"), "quitAction", QKeySequence::Quit, "application-exit");

    a.undo = action(MainWindow::tr("&Undo"), "undoAction", QKeySequence::Undo, "edit-undo");
    a.redo = action(MainWindow::tr("&Redo"), "redoAction", QKeySequence(MainWindow::tr("Ctrl+Shift+Z")), "edit-redo");
    a.redo->setShortcuts({QKeySequence(MainWindow::tr("Ctrl+Shift+Z")), QKeySequence(MainWindow::tr("Ctrl+Y"))});
    a.newContact = action(MainWindow::tr("&New Contact"), "newContactAction", QKeySequence::New, "contact-new");
    a.deleteContacts
        = action(MainWindow::tr("&Delete Contact"), "deleteContactAction", QKeySequence::Delete, "edit-delete");
    // Delete belongs to the list: in a text field the key must delete characters.
    a.deleteContacts->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a.merge = action(MainWindow::tr("&Merge Contacts…"), "mergeContactsAction", {}, nullptr);
    a.find = action(MainWindow::tr("&Find…"), "findAction", QKeySequence::Find, "edit-find");
    a.about = action(MainWindow::tr("&About Rapport"), "aboutAction", {}, "help-about");
    a.guide = action(MainWindow::tr("Informational Interviewing &Guide"), "guideAction", QKeySequence::HelpContents,
        "help-contents");
    a.importHistory = action(MainWindow::tr("Import &History…"), "importHistoryAction", {}, "view-history");
    a.prepSheets = action(MainWindow::tr("&Print Prep Sheets…"), "printPrepSheetsAction", QKeySequence::Print, nullptr);
    a.restore = action(MainWindow::tr("Restore &Backup…"), "restoreBackupAction", {}, nullptr);
    a.profile = action(MainWindow::tr("My &Profile…"), "profileAction", {}, nullptr);
    a.questionBank = action(MainWindow::tr("&Question Bank…"), "questionBankAction", {}, nullptr);
    a.templates = action(MainWindow::tr("Outreach &Templates…"), "templatesAction", {}, nullptr);
    a.forgetMessageTexts = action(MainWindow::tr("Forget Message Te&xts…"), "forgetMessageTextsAction", {}, nullptr);
    a.forgetMessageTexts->setStatusTip(
        MainWindow::tr("Keep only the dates and directions of the LinkedIn messages imported from your archive"));
    a.showToday = action(MainWindow::tr("&Today"), "showTodayAction", QKeySequence(MainWindow::tr("Ctrl+1")), nullptr);
    a.showContacts
        = action(MainWindow::tr("&Contacts"), "showContactsAction", QKeySequence(MainWindow::tr("Ctrl+2")), nullptr);
    a.showGraph
        = action(MainWindow::tr("&Referral Graph"), "showGraphAction", QKeySequence(MainWindow::tr("Ctrl+3")), nullptr);
    a.showMeetings
        = action(MainWindow::tr("&Meetings"), "showMeetingsAction", QKeySequence(MainWindow::tr("Ctrl+4")), nullptr);
    a.showCareerPaths = action(
        MainWindow::tr("C&areer Paths"), "showCareerPathsAction", QKeySequence(MainWindow::tr("Ctrl+5")), nullptr);
    // F4: Ctrl+Shift+E is the graph's Export.
    a.contactEditor
        = action(MainWindow::tr("Contact E&ditor"), "contactEditorAction", QKeySequence(MainWindow::tr("F4")), nullptr);
    a.contactEditor->setCheckable(true);
    a.contactEditor->setChecked(true);
}

void MainMenus::fillMenuBar(ExportController* exports, GraphPanel* graph)
{
    const MainActions& a = m_actions;
    QMenuBar* bar = m_window->menuBar();
    QMenu* file = bar->addMenu(MainWindow::tr("&File"));
    file->addAction(a.newNetwork);
    file->addAction(a.open);
    m_recentMenu = file->addMenu(MainWindow::tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(a.demo);
    file->addSeparator();
    file->addAction(a.import);
    file->addAction(a.importArchiveFolder);
    file->addAction(a.importHistory);
    exports->addActionsTo(file->addMenu(MainWindow::tr("&Export")));
    file->addSeparator();
    file->addAction(a.prepSheets);
    file->addSeparator();
    file->addAction(a.restore);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu* edit = bar->addMenu(MainWindow::tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.newContact);
    edit->addAction(a.deleteContacts);
    edit->addAction(a.merge);
    edit->addSeparator();
    edit->addAction(a.find);
    edit->addSeparator();
    edit->addAction(a.profile);
    edit->addAction(a.questionBank);
    edit->addAction(a.templates);
    edit->addSeparator();
    edit->addAction(a.forgetMessageTexts);

    addViewMenu(graph);
    QMenu* help = bar->addMenu(MainWindow::tr("&Help"));
    help->addAction(a.guide);
    help->addSeparator();
    help->addAction(a.about);
}

void MainMenus::addViewMenu(GraphPanel* graph)
{
    QMenu* view = m_window->menuBar()->addMenu(MainWindow::tr("&View"));
    view->addAction(m_actions.showToday);
    view->addAction(m_actions.showContacts);
    view->addAction(m_actions.showGraph);
    view->addAction(m_actions.showMeetings);
    view->addAction(m_actions.showCareerPaths);
    view->addSeparator();
    view->addAction(m_actions.contactEditor);
    view->addSeparator();
    // Zoom and fit act on the graph, so their keys work while it has the focus.
    for (QAction* action : {graph->zoomInAction(), graph->zoomOutAction(), graph->fitAction()}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        graph->addAction(action);
        view->addAction(action);
    }
    // The tool bar's own toggles, so their checks stay in step. Always enabled, like zoom: they
    // bring the graph forward, since what they change is only seen there.
    for (QAction* toggle : {graph->overviewAction(), graph->sidePanelAction()}) {
        view->addAction(toggle);
        connect(toggle, &QAction::triggered, m_actions.showGraph, &QAction::trigger);
    }
    view->addSeparator();
    view->addAction(graph->pathAction());
    view->addAction(graph->exportAction());
    view->addAction(graph->printAction());
    view->addSeparator();
    addThemeMenu(view);
    addLanguageMenu(view);
    giveFreeMnemonics(view, {graph->overviewAction(), graph->sidePanelAction()});
}

void MainMenus::addLanguageMenu(QMenu* view)
{
    // The language: the system's unless chosen here; it applies from the next start, which
    // LanguageRestart offers at once.
    QMenu* language = view->addMenu(MainWindow::tr("&Language"));
    auto* languages = new QActionGroup(language);
    const QString chosen = Translations::chosenLanguage();
    QStringList names {QString()};
    names += Translations::shipped();
    QSet<QChar> taken;
    for (const QString& name : std::as_const(names)) {
        QString label = name.isEmpty() ? MainWindow::tr("System Default") : QLocale(name).nativeLanguageName();
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        QAction* action = language->addAction(withMnemonic(label, taken));
        action->setCheckable(true);
        action->setChecked(name == chosen);
        action->setObjectName(QStringLiteral("language_") + (name.isEmpty() ? QStringLiteral("system") : name));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            Translations::setChosenLanguage(name);
            if (auto* window = qobject_cast<MainWindow*>(m_window))
                LanguageRestart::offer(window);
        });
    }
}

void MainMenus::addThemeMenu(QMenu* view)
{
    // Unlike the language, a theme applies at once, to every window.
    QMenu* menu = view->addMenu(MainWindow::tr("T&heme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto* themes = new QActionGroup(menu);
    const Themes::Theme chosen = Themes::chosen();
    const struct {
        Themes::Theme theme;
        QString text;
        const char* name;
    } choices[] = {
        {Themes::Theme::System, MainWindow::tr("&System"), "theme_system"},
        {Themes::Theme::Light, MainWindow::tr("&Light"), "theme_light"},
        {Themes::Theme::Dark, MainWindow::tr("&Dark"), "theme_dark"},
    };
    for (const auto& choice : choices) {
        QAction* action = menu->addAction(choice.text);
        action->setObjectName(QString::fromLatin1(choice.name));
        action->setCheckable(true);
        action->setChecked(choice.theme == chosen);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [theme = choice.theme] {
            Themes::setChosen(theme);
            Themes::apply(theme);
        });
    }
}

} // namespace Rapport
