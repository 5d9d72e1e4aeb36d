#pragma once

#include <QList>
#include <QWidget>

#include "core/alerts/AlertRule.h"

class QLineEdit;
class QSpinBox;

namespace soopchat {

// What the on-stream alert box shows for each tier of gift (Settings →
// Alerts → Alert box): an image, a sound and how long it stays. The tiers are
// the ones the chat list celebrates with (DonationTier).
class AlertBoxTiersEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr DonationTier Tiers[] = {
        DonationTier::Small, DonationTier::Medium, DonationTier::Large, DonationTier::Huge};

    explicit AlertBoxTiersEditor(QWidget *parent = nullptr);
    void setTiers(const QList<AlertBoxTier> &tiers);
    QList<AlertBoxTier> tiers() const; // one per tier, Small first

    static QString tierLabel(DonationTier tier);

private:
    struct Row
    {
        QLineEdit *image;
        QLineEdit *sound;
        QSpinBox *seconds;
    };
    QList<Row> m_rows;
};

} // namespace soopchat
