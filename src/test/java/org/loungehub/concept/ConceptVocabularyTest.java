package org.loungehub.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.loungehub.taxonomy.Taxonomy;

/** The shipped vocabulary (infra/concepts plus the clusters): it loads, and it means what the lounge needs. */
class ConceptVocabularyTest {

    private static final ConceptVocabulary VOCABULARY = new ConceptVocabulary(new Taxonomy());

    /** Every discipline (学科领域) of the CSL technology offers. */
    private static final List<String> CSL_DISCIPLINES = List.of("中医学/中药学", "中国语言文学", "交通运输工程", "体育学",
            "作物学", "信息与通信工程", "光学工程", "公共卫生与预防医学", "公共管理", "兵器科学与技术", "军事学", "农业工程",
            "农业资源利用", "农林经济管理", "冶金工程", "力学", "动力工程及工程热物理", "化学/化学工程与技术", "历史学", "口腔医学",
            "哲学", "园艺学", "图书馆、情报与档案管理", "土木工程", "地球物理学", "地理学", "地质学/地质资源与地质工程",
            "基础医学/临床医学", "大气科学", "天文学", "工商管理", "应用经济学", "建筑学", "心理学", "控制科学与工程", "政治学",
            "教育学", "数学", "新闻传播学", "机械工程", "材料科学与工程", "林学/林业工程", "核科学与技术", "植物保护", "民族学",
            "水产", "水利工程", "法学", "测绘科学与技术", "海洋科学", "物理学", "环境科学与工程", "理论经济学",
            "生物学/生物科学与工程", "电子科学与技术", "电气工程", "畜牧学/兽医学", "石油与天然气工程", "矿业工程", "社会学",
            "纺织科学与工程", "航空宇航科学与技术", "船舶与海洋工程", "艺术学", "药学", "计算机科学与技术", "食品科学与工程");

    @Test
    void loadsTheShippedFilesWithoutProblems() {
        // The constructor fails, listing every problem, on duplicate ids, missing zh/en labels, unknown broader ids
        // and labels two concepts claim; see ConceptValidationTest for each rule.
        assertThat(VOCABULARY.size()).isGreaterThan(700);
        assertThat(VOCABULARY.version()).hasSize(16);
    }

    @Test
    void aChineseAndAnEnglishDemandForRadarElderCareMonitoringMeanTheSameConcepts() {
        Set<String> chinese = VOCABULARY.tagIds("毫米波雷达 养老 健康监测");
        Set<String> english = VOCABULARY.tagIds("millimeter-wave radar for elderly vital-sign monitoring");
        Set<String> traditional = VOCABULARY.tagIds("毫米波雷達 養老 健康監測");

        assertThat(chinese).containsExactly("elderly-care", "mmwave-radar", "vital-signs-monitoring");
        assertThat(english).isEqualTo(chinese);
        assertThat(traditional).isEqualTo(chinese);
        assertThat(VOCABULARY.tagIds("mmWave radars for aged care and vital signs monitoring")).isEqualTo(chinese);
    }

    @Test
    void mentionsPointAtTheirSubstringsInTheOriginalText() {
        String text = "我们寻求毫米波雷達，用于養老院的健康监测 (mmWave radar).";
        List<ConceptMention> mentions = VOCABULARY.tag(text);

        assertThat(mentions).extracting(ConceptMention::surface)
                .containsExactly("毫米波雷達", "養老院", "健康监测", "mmWave radar");
        assertThat(mentions).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface()));
        assertThat(mentions.get(0).start()).isEqualTo(4);
    }

    @Test
    void theLongestMatchWins() {
        assertThat(VOCABULARY.tagIds("machine learning engineer")).containsExactly("ml-engineer");
        assertThat(VOCABULARY.tagIds("machine learning")).containsExactly("machine-learning");
        assertThat(VOCABULARY.tagIds("机器学习工程师")).containsExactly("ml-engineer");
        assertThat(VOCABULARY.tagIds("4D imaging radar")).containsExactly("imaging-radar");
    }

    @Test
    void anAbbreviationNeverMatchesInsideAWord() {
        assertThat(VOCABULARY.tagIds("We maintain and train our staff; said she")).doesNotContain("ai");
        assertThat(VOCABULARY.tagIds("Hair salons and mountain trails")).isEmpty();
        assertThat(VOCABULARY.tagIds("AI-powered triage")).contains("ai");
    }

    @Test
    void aTechMapJobTitleAndItsChineseTranslationShareTheOccupation() {
        assertThat(VOCABULARY.tagIds("Senior Backend Engineer")).containsExactly("backend-engineer");
        assertThat(VOCABULARY.tagIds("高级后端工程师")).containsExactly("backend-engineer");
        assertThat(VOCABULARY.withBroader(VOCABULARY.tagIds("Senior Backend Engineer")))
                .contains("software-engineer", "software-development");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Senior Full-Stack Developer           | fullstack-engineer
            全栈开发工程师                          | fullstack-engineer
            DevOps Engineer                       | devops-engineer
            运维工程师                              | devops-engineer
            Data Scientist                        | data-scientist
            数据科学家                              | data-scientist
            QA Automation Engineer                | qa-engineer
            测试工程师                              | qa-engineer
            Product Manager                       | product-manager
            产品经理                                | product-manager
            UX/UI Designer                        | ux-designer
            交互设计师                              | ux-designer
            Customer Success Manager              | customer-success-manager
            Talent Acquisition Partner            | recruiter
            招聘专员                                | recruiter
            Legal Counsel                         | legal-counsel
            法务经理                                | legal-counsel
            Bookkeeper                            | accountant
            Assistant Controller                  | controller
            Physical Design Engineer              | chip-design-engineer
            数字IC设计工程师                         | chip-design-engineer
            Embedded Software Engineer            | embedded-engineer
            嵌入式软件工程师                         | embedded-engineer
            Algorithm Engineer                    | algorithm-engineer
            算法工程师                              | algorithm-engineer
            Business Development Representative   | bd-manager
            מהנדס/ת תוכנה                          | software-engineer
            """)
    void tagsFrequentJobTitlesInBothLanguages(String title, String occupation) {
        assertThat(VOCABULARY.tagIds(title)).contains(occupation);
    }

    @Test
    void seniorityWordsAreNotConcepts() {
        assertThat(VOCABULARY.tagIds("Senior", "Junior", "Lead", "Principal", "高级", "资深")).isEmpty();
    }

    @Test
    void aCslStyleChineseAbstractGetsItsTopics() {
        String offer = "一种基于FPGA的毫米波雷达信号处理方法。针对养老机构老年人跌倒检测的需求，采用卷积神经网络对雷达回波进行"
                + "目标检测，并通过有限元仿真验证了天线设计；关键词：跌倒检测;神经网络;物联网";

        Set<String> ids = VOCABULARY.tagIds(offer);

        assertThat(ids).contains("fpga", "mmwave-radar", "signal-processing", "elderly-care", "fall-detection",
                "neural-networks", "object-detection", "finite-element", "iot");
        assertThat(VOCABULARY.withBroader(ids)).contains("ai", "machine-learning", "radar", "sensors", "chip-design",
                "semiconductors", "healthcare-services");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            AI/ML                    | ai
            AdTech                   | adtech
            Aerospace                | aerospace
            AR/VR                    | ar-vr
            Automotive               | automotive
            Cloud Computing          | cloud-computing
            Cybersecurity            | cybersecurity
            Digital Media            | digital-media
            E-commerce & Retail      | ecommerce-retail
            Fintech                  | fintech
            Gaming                   | gaming
            Health                   | health
            IoT                      | iot
            Productivity             | productivity-software
            Robotics & Automation    | robotics-automation
            Semiconductors           | semiconductors
            Sustainable Technology   | sustainable-technology
            Telecommunications       | telecommunications
            """)
    void everyIsraeliTechMapCategoryIsAConceptWithChineseAndHebrewNames(String category, String id) {
        assertThat(VOCABULARY.tagIds(category)).containsExactly(id);
        Concept concept = VOCABULARY.get(id).orElseThrow();
        assertThat(concept.label("zh")).matches(".*\\p{IsHan}.*");
        assertThat(concept.label("he")).matches(".*\\p{IsHebrew}.*");
        assertThat(VOCABULARY.tagIds(concept.label("zh"))).contains(id);
    }

    @Test
    void everyCslDisciplineIsAConceptWithAnEnglishName() {
        for (String discipline : CSL_DISCIPLINES) {
            Set<String> ids = VOCABULARY.tagIds(discipline);
            assertThat(ids).as(discipline).hasSize(1);
            Concept concept = VOCABULARY.get(ids.iterator().next()).orElseThrow();
            assertThat(concept.label("en")).as(discipline).matches("[A-Za-z].*");
            assertThat(VOCABULARY.tagIds(concept.label("en"))).as(discipline).contains(concept.id());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            数值模拟 | numerical simulation | simulation
            遗传算法 | genetic algorithm | optimization-algorithms
            高效液相色谱 | HPLC | chromatography
            有限元法 | finite element method | finite-element
            支持向量机 | support vector machine | svm
            小波变换 | wavelet transform | signal-processing
            复合材料 | composite materials | composites
            纳米技术 | nanotechnology | nanomaterials
            水产养殖 | aquaculture | aquaculture
            益生菌 | probiotics | probiotics
            可持续发展 | sustainable development | sustainable-development
            云计算 | cloud computing | cloud-computing
            智能交通 | intelligent transportation | intelligent-transportation
            桥梁工程 | bridge engineering | bridges
            主成分分析 | principal component analysis | multivariate-statistics
            海水淡化 | desalination | desalination
            滴灌 | drip irrigation | drip-irrigation
            """)
    void frequentCslKeywordsHaveEnglishEquivalents(String chinese, String english, String id) {
        assertThat(VOCABULARY.tagIds(chinese)).containsExactly(id);
        assertThat(VOCABULARY.tagIds(english)).containsExactly(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SaaS", "IoT", "mmWave", "LLM", "5G", "EV", "AR/VR", "CRISPR", "eVTOL", "LiDAR", "B2B SaaS"})
    void commonAbbreviationsAndVariantsAreLabels(String label) {
        assertThat(VOCABULARY.tagIds(label)).isNotEmpty();
    }

    @Test
    void clustersImplyNothingButAreImpliedByTheirConcepts() {
        assertThat(VOCABULARY.get("medicine-medical-devices").orElseThrow().label("zh")).isEqualTo("医药与医疗器械");
        assertThat(VOCABULARY.withBroader(Set.of("drip-irrigation")))
                .contains("irrigation", "agritech", "water-tech", "environmental-protection");
        assertThat(VOCABULARY.withBroader(Set.of("ai"))).containsExactly("ai");
    }

    @Test
    void keywordFieldsMatchClusterSynonymsAsAWhole() {
        assertThat(VOCABULARY.tagIds("大数据与云计算")).containsExactly("big-data-cloud");
        assertThat(VOCABULARY.tagIds("计算机科学与技术")).containsExactly("computer-science");
        assertThat(VOCABULARY.withBroader(VOCABULARY.tagIds("计算机科学与技术"))).contains("ai", "big-data-cloud");
    }
}
