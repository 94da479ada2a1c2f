// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QWidget;

namespace Rapport {

// Keeps the mouse wheel from changing a value the pointer merely passes over while the user
// scrolls a form: spin boxes, date fields and combo boxes take the wheel only once they have
// focus (clicked or tabbed into); otherwise the form under them scrolls. In a form that saves
// as you go, a stray wheel turn would otherwise rewrite a contact without a word.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards every spin box, date field and combo box inside container (and container itself).
    static void guardValuesIn(QWidget* container);
    static void guard(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
    static WheelGuard* instance();
};

} // namespace Rapport
