// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NotesEditor.h"

#include "NotesMarkdown.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QTextBlock>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Rapport {

NotesEditor::NotesEditor(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QTextEdit(this))
    , m_toolbar(new QToolBar(this))
    , m_state(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("notesTextEdit"));
    m_edit->setAcceptRichText(false); // pasted HTML would bring fonts and colours Markdown cannot keep
    m_edit->setTabChangesFocus(false);
    m_edit->setAccessibleName(tr("Meeting notes"));
    m_edit->setPlaceholderText(tr("What you learned, what surprised you, who they suggested you talk to…"));
    m_edit->installEventFilter(this);
    m_edit->viewport()->installEventFilter(this);
    m_state->setObjectName(QStringLiteral("notesState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kAutosaveMs);
    connect(m_timer, &QTimer::timeout, this, &NotesEditor::saveNow);
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(kMaxUnsavedMs);
    connect(m_deadline, &QTimer::timeout, this, &NotesEditor::saveNow);
    connect(m_edit, &QTextEdit::textChanged, this, &NotesEditor::textChanged);
    buildToolbar();

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_toolbar, 1);
    top->addWidget(m_state);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_edit, 1);
}

NotesEditor::~NotesEditor()
{
    saveNow(); // closing the window saves, too
}

void NotesEditor::buildToolbar()
{
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [this](const QString& text, const QKeySequence& keys, const QString& tip, auto&& slot) {
        QAction* action = m_toolbar->addAction(text);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    QAction* bold = add(tr("B"), QKeySequence::Bold, tr("Bold"), [this] { toggleFormat(true, false); });
    QFont boldFont = font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    QAction* italic = add(tr("I"), QKeySequence::Italic, tr("Italic"), [this] { toggleFormat(false, true); });
    QFont italicFont = font();
    italicFont.setItalic(true);
    italic->setFont(italicFont);
    m_toolbar->addSeparator();
    add(tr("H1"), QKeySequence(tr("Ctrl+Alt+1")), tr("Heading"), [this] { setHeading(1); });
    add(tr("H2"), QKeySequence(tr("Ctrl+Alt+2")), tr("Subheading"), [this] { setHeading(2); });
    add(tr("¶"), QKeySequence(tr("Ctrl+Alt+0")), tr("Plain paragraph"), [this] { setHeading(0); });
    m_toolbar->addSeparator();
    add(tr("• List"), QKeySequence(tr("Ctrl+Shift+8")), tr("Bulleted list"),
        [this] { setList(QTextListFormat::ListDisc); });
    add(tr("1. List"), QKeySequence(tr("Ctrl+Shift+7")), tr("Numbered list"),
        [this] { setList(QTextListFormat::ListDecimal); });
    add(tr("☐ Check"), QKeySequence(tr("Ctrl+Shift+X")), tr("Check-box (click the box to tick it)"),
        [this] { toggleCheckBox(); });
}

void NotesEditor::setMarkdown(const QString& markdown)
{
    m_timer->stop();
    m_deadline->stop();
    m_loading = true;
    NotesMarkdown::read(m_edit->document(), markdown);
    m_edit->moveCursor(QTextCursor::Start);
    m_edit->document()->setModified(false);
    m_loading = false;
    m_dirty = false;
    showState(QString());
}

QString NotesEditor::markdown() const
{
    return NotesMarkdown::write(*m_edit->document());
}

void NotesEditor::textChanged()
{
    if (m_loading)
        return;
    m_dirty = true;
    showState(tr("Editing…"));
    m_timer->start();
    if (!m_deadline->isActive())
        m_deadline->start();
}

bool NotesEditor::saveNow()
{
    m_timer->stop();
    m_deadline->stop();
    if (!m_dirty || !m_saver)
        return true;
    if (!m_saver(markdown())) {
        showState(tr("Not saved: the network could not be written"));
        m_timer->start(); // try again shortly; the text stays in the editor
        return false;
    }
    m_dirty = false;
    showState(tr("Saved"));
    emit saved();
    return true;
}

void NotesEditor::showState(const QString& text)
{
    m_state->setText(text);
}

void NotesEditor::toggleFormat(bool bold, bool italic)
{
    QTextCursor cursor = m_edit->textCursor();
    const QTextCharFormat current = cursor.charFormat();
    QTextCharFormat format;
    if (bold)
        format.setFontWeight(current.fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
    if (italic)
        format.setFontItalic(!current.fontItalic());
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.mergeCharFormat(format);
    m_edit->mergeCurrentCharFormat(format);
}

void NotesEditor::setHeading(int level)
{
    QTextCursor cursor = m_edit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(level);
    cursor.setBlockFormat(block);
    // Markdown headings are bold and larger; the editor shows them so, as after reopening.
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(NotesMarkdown::headingCharFormat(level));
}

void NotesEditor::setList(QTextListFormat::Style style)
{
    QTextCursor cursor = m_edit->textCursor();
    if (QTextList* list = cursor.currentList(); list && list->format().style() == style) {
        QTextBlockFormat plain = cursor.blockFormat(); // the same list again: back to a paragraph
        plain.setMarker(QTextBlockFormat::MarkerType::NoMarker);
        plain.setObjectIndex(-1);
        plain.setIndent(0);
        list->remove(cursor.block());
        cursor.setBlockFormat(plain);
        return;
    }
    QTextListFormat format;
    format.setStyle(style);
    cursor.createList(format);
}

void NotesEditor::toggleCheckBox()
{
    QTextCursor cursor = m_edit->textCursor();
    if (!cursor.currentList()) {
        QTextListFormat format;
        format.setStyle(QTextListFormat::ListDisc);
        cursor.createList(format);
    }
    QTextBlockFormat block = cursor.blockFormat();
    block.setMarker(block.marker() == QTextBlockFormat::MarkerType::NoMarker ? QTextBlockFormat::MarkerType::Unchecked
            : block.marker() == QTextBlockFormat::MarkerType::Unchecked      ? QTextBlockFormat::MarkerType::Checked
                                                                             : QTextBlockFormat::MarkerType::Unchecked);
    cursor.setBlockFormat(block);
}

bool NotesEditor::toggleCheckBoxAt(const QPoint& viewportPosition)
{
    // A click left of a check-list item's text is a click on its box.
    const QTextCursor hit = m_edit->cursorForPosition(viewportPosition);
    QTextBlock block = hit.block();
    const auto marker = block.blockFormat().marker();
    if (marker == QTextBlockFormat::MarkerType::NoMarker || hit.positionInBlock() != 0)
        return false;
    const QRect textStart = m_edit->cursorRect(QTextCursor(block));
    if (viewportPosition.x() >= textStart.left())
        return false;
    QTextCursor cursor(block);
    QTextBlockFormat format = block.blockFormat();
    format.setMarker(marker == QTextBlockFormat::MarkerType::Checked ? QTextBlockFormat::MarkerType::Unchecked
                                                                     : QTextBlockFormat::MarkerType::Checked);
    cursor.setBlockFormat(format);
    return true;
}

bool NotesEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        saveNow();
    if (watched == m_edit->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton && toggleCheckBoxAt(mouse->position().toPoint()))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Rapport
