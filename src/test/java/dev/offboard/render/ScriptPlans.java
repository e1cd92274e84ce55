package dev.offboard.render;

import dev.offboard.plan.Copies;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import java.util.Map;

/** The sample plan with its client, and a line of thanks, in another script. */
enum ScriptPlans {
    ARABIC("شركة النور للنشر", "محمد الأحمد", "شكراً جزيلاً على ثلاث سنوات من الثقة"),
    HEBREW("הוצאת הים", "דנה כהן", "תודה רבה על שלוש שנים של אמון"),
    CHINESE("北京星光出版社", "王小明", "感谢三年来的信任"),
    JAPANESE("さくら出版株式会社", "佐藤花子", "三年間ありがとうございました"),
    KOREAN("한빛 출판사", "김민준", "삼 년 동안 감사했습니다"),
    GREEK("Εκδόσεις Αιγαίο", "Ελένη Παπαδοπούλου", "Ευχαριστώ για τρία χρόνια εμπιστοσύνης"),
    CYRILLIC("Издательство Север", "Анна Иванова", "Спасибо за три года доверия"),
    EMOJI("Sunny Books 🌞", "Priya Shah 🙂", "Thank you 🙏 for three great years 🎉");

    final String company;
    final String contact;
    final String thanks;

    ScriptPlans(String company, String contact, String thanks) {
        this.company = company;
        this.contact = contact;
        this.thanks = thanks;
    }

    Plan plan(Language language) {
        Plan sample = SamplePlan.create(TestPlans.TODAY, language);
        return sample.withClient(Copies.with(sample.client(), Map.of("company", company, "contactName", contact)))
                .withThanks(Copies.with(sample.thanks(), Map.of("message", thanks + ".")));
    }
}
