// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrepSheetWindow.h"

#include "DatabaseError.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "PrepSheetPages.h"
#include "WindowFit.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace Rapport {

namespace {
const QString kHiddenSections = QStringLiteral("prepSheet/hiddenSections");
} // namespace

PrepSheetOptions PrepSheetWindow::savedOptions()
{
    const QStringList hidden = QSettings().value(kHiddenSections).toStringList();
    PrepSheetOptions options;
    options.purpose = !hidden.contains(QStringLiteral("purpose"));
    options.research = !hidden.contains(QStringLiteral("research"));
    options.history = !hidden.contains(QStringLiteral("history"));
    options.questions = !hidden.contains(QStringLiteral("questions"));
    options.notesArea = !hidden.contains(QStringLiteral("notes"));
    options.followUps = !hidden.contains(QStringLiteral("followUps"));
    return options;
}

PrepSheetWindow::PrepSheetWindow(NetworkSession* session, const QList<Sheet>& sheets, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_sheets(sheets)
    , m_options(savedOptions())
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("prepSheetWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_printer->setPageLayout(PrepSheetPages::pageLayout(PrepSheet::defaultPageSize()));
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("prepSheetPreview"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &PrepSheetWindow::paint);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    for (const auto id : {QPageSize::A4, QPageSize::Letter, QPageSize::Legal, QPageSize::A5})
        m_paper->addItem(QPageSize::name(id), int(id));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(int(PrepSheet::defaultPageSize().id()))));
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] {
        m_printer->setPageLayout(
            PrepSheetPages::pageLayout(QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt()))));
        m_preview->updatePreview();
    });
    auto* paperLabel = new QLabel(tr("P&aper:"), this);
    paperLabel->setBuddy(m_paper);

    auto* sections = new QToolButton(this);
    sections->setText(tr("&Sections"));
    sections->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(sections);
    const QList<std::tuple<QString, QString, bool PrepSheetOptions::*>> choices {
        {QStringLiteral("purpose"), tr("Purpose"), &PrepSheetOptions::purpose},
        {QStringLiteral("research"), tr("Research"), &PrepSheetOptions::research},
        {QStringLiteral("history"), tr("History"), &PrepSheetOptions::history},
        {QStringLiteral("questions"), tr("Questions"), &PrepSheetOptions::questions},
        {QStringLiteral("notes"), tr("Notes area"), &PrepSheetOptions::notesArea},
        {QStringLiteral("followUps"), tr("Follow-up checklist"), &PrepSheetOptions::followUps},
    };
    for (const auto& [key, label, member] : choices) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_options.*member);
        connect(action, &QAction::toggled, this, [this, key = key, member = member](bool on) {
            m_options.*member = on;
            QStringList hidden = QSettings().value(kHiddenSections).toStringList();
            hidden.removeAll(key);
            if (!on)
                hidden.append(key);
            QSettings().setValue(kHiddenSections, hidden);
            rebuild();
        });
    }
    sections->setMenu(menu);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(pdf, &QPushButton::clicked, this, &PrepSheetWindow::saveAsPdf);
    connect(printButton, &QPushButton::clicked, this, &PrepSheetWindow::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* bar = new QHBoxLayout;
    bar->addWidget(paperLabel);
    bar->addWidget(m_paper);
    bar->addWidget(sections);
    bar->addStretch();
    addZoomButtons(bar);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    // A page's width, and as tall as the screen allows: the preview scrolls, the buttons stay in sight.
    WindowFit::resizeWithin(this, QSize(820, 900));
    m_preview->fitToWidth(); // a whole page in the window is too small to read
    rebuild();
}

PrepSheetWindow::~PrepSheetWindow() = default;

void PrepSheetWindow::addZoomButtons(QHBoxLayout* bar)
{
    // The keys a reader expects (Ctrl++, Ctrl+-, Ctrl+0), and buttons for each, with mnemonics for
    // the page's width and the whole page.
    const auto action = [this](const char* name, const QKeySequence& keys, auto slot) {
        auto* a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    const auto tip = [](const QString& text, const QKeySequence& keys) {
        return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
    };
    for (auto [name, text, label, keys, zoomIn] :
        {std::tuple {"zoomOutAction", tr("Zoom out"), QStringLiteral("−"), QKeySequence(QKeySequence::ZoomOut), false},
            std::tuple {
                "zoomInAction", tr("Zoom in"), QStringLiteral("+"), QKeySequence(QKeySequence::ZoomIn), true}}) {
        QAction* a
            = action(name, keys, [this, zoomIn = zoomIn] { zoomIn ? m_preview->zoomIn() : m_preview->zoomOut(); });
        a->setText(label);
        a->setToolTip(tip(text, keys));
        auto* tool = new QToolButton(this);
        tool->setDefaultAction(a);
        bar->addWidget(tool);
    }
    QAction* fitWidth = action("fitWidthAction", QKeySequence(tr("Ctrl+0")), [this] { m_preview->fitToWidth(); });
    QAction* wholePage = action("wholePageAction", {}, [this] { m_preview->fitInView(); });
    for (auto [a, text, name] : {std::tuple {fitWidth, tr("Fit &Width"), "fitWidthButton"},
             std::tuple {wholePage, tr("Whole Pa&ge"), "wholePageButton"}}) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoDefault(false);
        if (!a->shortcut().isEmpty())
            button->setToolTip(tip(QString(text).remove(QLatin1Char('&')), a->shortcut()));
        connect(button, &QPushButton::clicked, a, &QAction::trigger);
        bar->addWidget(button);
    }
}

void PrepSheetWindow::rebuild()
{
    QStringList sheets;
    QString error;
    try {
        for (const Sheet& sheet : std::as_const(m_sheets)) {
            const PrepSheetData data
                = PrepSheet::gather(m_session->database().connection(), sheet.contactId, sheet.meetingId);
            sheets.append(PrepSheet::html(data, m_options));
            if (m_title.isEmpty())
                m_title = data.contact.displayName();
        }
    } catch (const DatabaseError& e) {
        error = e.message();
    }
    if (!error.isEmpty())
        MessageBoxes::warning(this, tr("Prep Sheet"), tr("The prep sheet could not be made.\n\n%1").arg(error));
    // Several sheets come from File ▸ Print Prep Sheets…, one per planned meeting (a coffee or a
    // call as much as an interview).
    setWindowTitle(m_sheets.size() == 1 ? tr("Prep Sheet: %1").arg(m_title)
                                        : tr("Prep Sheets: %n meetings", nullptr, int(m_sheets.size())));
    m_html = PrepSheet::combined(sheets);
    m_preview->updatePreview();
}

void PrepSheetWindow::paint(QPrinter* printer)
{
    SafeTextDocument document;
    PrepSheetPages::layOut(document, m_html, printer);
    document.print(printer);
}

int PrepSheetWindow::pageCount() const
{
    return m_preview->pageCount();
}

void PrepSheetWindow::print()
{
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print Prep Sheet"));
    if (dialog.exec() == QDialog::Accepted)
        paint(m_printer.get());
}

bool PrepSheetWindow::saveAsPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = m_sheets.size() == 1 ? tr("Prep sheet - %1.pdf").arg(m_title) : tr("Prep sheets.pdf");
    const QString path = FileDialogs::saveFileName(
        this, tr("Save Prep Sheet as PDF"), folder + QLatin1Char('/') + suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!PrepSheet::writePdf(m_html, path, m_printer->pageLayout().pageSize(), &error)) {
        MessageBoxes::warning(this, tr("Save as PDF"), error);
        return false;
    }
    return true;
}

} // namespace Rapport
