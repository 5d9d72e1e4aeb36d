#include "ui/alerts/AlertBoxTiersEditor.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace soopchat {

using namespace Qt::StringLiterals;

QString AlertBoxTiersEditor::tierLabel(DonationTier tier)
{
    switch (tier) {
    case DonationTier::Small:
        return tr("Small gifts"); // ko: 작은 후원
    case DonationTier::Medium:
        return tr("Medium gifts"); // ko: 중간 후원
    case DonationTier::Large:
        return tr("Large gifts"); // ko: 큰 후원
    case DonationTier::Huge:
        return tr("Huge gifts"); // ko: 아주 큰 후원
    case DonationTier::None:
        break;
    }
    return {};
}

AlertBoxTiersEditor::AlertBoxTiersEditor(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    const TierThresholds star = tierThresholds(DonationUnit::StarBalloon);
    const qint64 starts[] = {1, star.medium, star.large, star.huge};
    const QLocale locale;
    int row = 0;
    for (DonationTier tier : Tiers) {
        const QString key = donationTierName(tier);
        auto *title = new QLabel(tierLabel(tier), this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        // ko: 별풍선 %1개부터
        auto *range = new QLabel(tr("from %1 star balloons").arg(locale.toString(starts[row])), this);
        range->setEnabled(false);
        grid->addWidget(title, row * 3, 0);
        grid->addWidget(range, row * 3, 1);

        Row fields {new QLineEdit(this), new QLineEdit(this), new QSpinBox(this)};
        fields.image->setObjectName(u"tierImage-"_s + key);
        fields.image->setPlaceholderText(tr("Empty: the built-in image")); // ko: 비워 두면 기본 이미지
        fields.sound->setObjectName(u"tierSound-"_s + key);
        fields.sound->setPlaceholderText(tr("Empty: no sound")); // ko: 비워 두면 소리 없음
        fields.seconds->setObjectName(u"tierSeconds-"_s + key);
        fields.seconds->setRange(1, 120);
        fields.seconds->setSuffix(tr(" s")); // ko: 초
        const auto browse = [this](QLineEdit *edit, const QString &caption, const QString &filter) {
            auto *button = new QPushButton(tr("Choose…"), this); // ko: 고르기…
            connect(button, &QPushButton::clicked, this, [this, edit, caption, filter] {
                const QString file = QFileDialog::getOpenFileName(this, caption, edit->text(), filter);
                if (!file.isEmpty())
                    edit->setText(file);
            });
            auto *line = new QHBoxLayout;
            line->addWidget(edit, 1);
            line->addWidget(button);
            return line;
        };
        auto *imageLine = browse(fields.image, tr("Choose an image"), // ko: 이미지 고르기
            tr("Images (*.png *.gif *.webp *.svg *.jpg *.jpeg);;All files (*)")); // ko: 이미지 (...);;모든 파일 (*)
        auto *soundLine = browse(
            fields.sound, tr("Choose a sound"), tr("Sounds (*.wav *.mp3 *.ogg *.oga *.flac *.opus);;All files (*)"));
        auto *fieldsLine = new QHBoxLayout;
        fieldsLine->addWidget(new QLabel(tr("Image:"), this)); // ko: 이미지:
        fieldsLine->addLayout(imageLine, 1);
        auto *secondLine = new QHBoxLayout;
        secondLine->addWidget(new QLabel(tr("Sound:"), this)); // ko: 소리:
        secondLine->addLayout(soundLine, 1);
        secondLine->addWidget(new QLabel(tr("Shown for:"), this)); // ko: 표시 시간:
        secondLine->addWidget(fields.seconds);
        grid->addLayout(fieldsLine, row * 3 + 1, 0, 1, 2);
        grid->addLayout(secondLine, row * 3 + 2, 0, 1, 2);
        m_rows.append(fields);
        ++row;
    }
    auto *layout = new QVBoxLayout(this);
    // ko: 방송 화면 알림창(/alerts/채널)은 후원 규모에 따라 이 이미지와 소리를 보여 줍니다. 규칙에 '방송 화면
    // 알림창' 동작이 있어야 합니다.
    auto *note = new QLabel(tr("The on-stream alert box (/alerts/CHANNEL in OBS) shows these by the size of the "
                               "gift, for rules with an \"Alert box on stream\" action."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    layout->addLayout(grid);
    layout->addStretch();
    setTiers({});
}

void AlertBoxTiersEditor::setTiers(const QList<AlertBoxTier> &tiers)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        AlertBoxTier tier;
        tier.tier = Tiers[i];
        for (const AlertBoxTier &given : tiers) {
            if (given.tier == Tiers[i])
                tier = given;
        }
        m_rows[i].image->setText(tier.image);
        m_rows[i].sound->setText(tier.sound);
        m_rows[i].seconds->setValue(tier.seconds);
    }
}

QList<AlertBoxTier> AlertBoxTiersEditor::tiers() const
{
    QList<AlertBoxTier> tiers;
    for (int i = 0; i < m_rows.size(); ++i) {
        AlertBoxTier tier;
        tier.tier = Tiers[i];
        tier.image = m_rows[i].image->text().trimmed();
        tier.sound = m_rows[i].sound->text().trimmed();
        tier.seconds = m_rows[i].seconds->value();
        tiers.append(tier);
    }
    return tiers;
}

} // namespace soopchat
