// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateEdit>
#include <QDateTimeEdit>

namespace Rapport {

// Date fields that Tab leaves, like every other field. Qt's own move Tab from day to month to
// year, and one showing "no date" (its special value) never lets Tab out: a keyboard trap in
// the middle of a form. The arrow keys still move between day, month and year.
class DateField : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

class DateTimeField : public QDateTimeEdit
{
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace Rapport
