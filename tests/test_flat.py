"""The flattened shape of column tables (FORMS.md §2, shape 4): rows with no delimiters, split by what reads.

Every row here is invented for these tests (河道, 古树, 防汛 …), not taken from any corpus.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from indicator_parser import parse_document, read_document
from indicator_parser.forms.columns.flat import split_header

PLAIN = "项目名称：示例河道管护项目\n一级指标二级指标三级指标指标值\n"
CODED = "项目名称：示例河道巡查项目\n一级指标二级指标三级指标指标性质指标值度量单位权重指标方向性指标解释\n"
SELF = "项目名称：示例防汛能力项目\n一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因及改进措施\n"


def indicators(text: str) -> list:
    document = parse_document(text, form="columns")
    return [i for unit in document.units for p in unit.projects for i in p.indicators]


def diagnostics(text: str) -> list[str]:
    return [d.text for d in parse_document(text, form="columns").all_diagnostics()]


def read(text: str) -> list[tuple]:
    return [
        (i.level1.name, i.level2.name, i.name, i.annual_target.raw if i.annual_target else None)
        for i in indicators(text)
    ]


@pytest.mark.parametrize(
    ("row", "name", "value"),
    [
        ("发放宣传手册（册）3,500册", "发放宣传手册（册）", "3,500册"),  # not 发放宣传手册（册）3, and 500册
        ("垃圾分类知晓率（%）百分之七十点五", "垃圾分类知晓率（%）", "百分之七十点五"),
        ("第三批设备验收时间2026年第二季度", "第三批设备验收时间", "2026年第二季度"),
        ("参保农户户均增收300元/户以上", "参保农户户均增收", "300元/户以上"),
        ("修缮古树数量约150株", "修缮古树数量", "约150株"),
        ("监测设备安装时间10月底到位", "监测设备安装时间", "10月底到位"),
        ("减少用电量6万千瓦时", "减少用电量", "6万千瓦时"),
        ("巡河次数不少于96次", "巡河次数", "不少于96次"),
        ("沿河占道经营问题有效缓解", "沿河占道经营问题", "有效缓解"),  # (a state the normalizer reads: 缓解, 推进)
        ("河长制工作稳步推进", "河长制工作", "稳步推进"),
        ("疏浚支流河道12段", "疏浚支流河道", "12段"),
        ("河长制工作考核排名全市前3位", "河长制工作考核排名", "全市前3位"),  # (a scope before a rank)
        # two states glued (及时 is no subject of 准确); how far a direction stands; a modifier of a direction;
        # none at all (零增长, 杜绝); a state word after a modifier; a week of a month; a web count; a scale note
        ("河道水情信息报送及时准确", "河道水情信息报送", "及时准确"),
        ("河道水位基本稳定", "河道水位", "基本稳定"),
        ("河道保洁机制日趋完善", "河道保洁机制", "日趋完善"),
        ("沿河违章搭建零增长", "沿河违章搭建", "零增长"),
        ("巡河安全事故杜绝发生", "巡河安全事故", "杜绝发生"),
        ("河道整治成果持续巩固", "河道整治成果", "持续巩固"),
        ("河道水环境验收通过", "河道水环境验收", "通过"),
        ("护河宣传周开展时间9月第二周", "护河宣传周开展时间", "9月第二周"),
        ("护河短视频播放量5万+", "护河短视频播放量", "5万+"),
        # a verb of keeping, a whole scope before a count (保持100%, 全部12段, 全县36个村)
        ("河道保洁覆盖率保持100%", "河道保洁覆盖率", "保持100%"),
        ("配备保洁船的河段全部12段", "配备保洁船的河段", "全部12段"),
        ("河长公示牌设置全县36个村", "河长公示牌设置", "全县36个村"),
        ("群众护河评价≥4.5分（满分5分）", "群众护河评价", "≥4.5分（满分5分）"),
        ("河道水质稳中向好", "河道水质", "稳中向好"),  # (稳中 leads the direction, as 持续 does)
        # a level held, a number foreseen; each of a thing before each period, or before a word of summing or of each
        ("护河志愿者队伍稳定在60人以上", "护河志愿者队伍", "稳定在60人以上"),
        ("护河宣传受众预计2万人次", "护河宣传受众", "预计2万人次"),
        ("护河知识进校园每校每学期1次", "护河知识进校园", "每校每学期1次"),
        ("护河实践时长每生累计≥16学时", "护河实践时长", "每生累计≥16学时"),
        ("河道驿站配置救生圈每站各2个", "河道驿站配置救生圈", "每站各2个"),
        # a growth before its percentage is the value's; before a comparator, the name's
        ("护河志愿服务收入增长12%以上", "护河志愿服务收入", "增长12%以上"),
        ("渡口运营收入增长≥5%", "渡口运营收入增长", "≥5%"),
    ],
)
def test_a_value_the_normalizer_reads_is_split_from_the_name(row: str, name: str, value: str):
    assert read(PLAIN + "产出指标数量指标" + row + "\n") == [("产出指标", "数量指标", name, value)]


def test_a_value_of_words_does_not_take_words_of_the_name():
    text = (
        PLAIN
        + "效益指标社会效益指标河道管护长效机制逐步完善\n沿河垃圾投诉较上年减少\n可持续影响指标护河队伍稳定性持续提升\n"
    )
    assert read(text) == [
        ("效益指标", "社会效益指标", "河道管护长效机制", "逐步完善"),  # not 长效 (a grade word) onwards
        ("效益指标", "社会效益指标", "沿河垃圾投诉", "较上年减少"),
        ("效益指标", "可持续影响指标", "护河队伍稳定性", "持续提升"),  # not 稳定 (a direction word) onwards
    ]


def test_a_grade_word_ending_a_name_before_a_number_is_part_of_the_name():
    text = PLAIN + "满意度指标服务对象满意度指标沿河居民满意度92%以上\n出水水质达标率≥96%\n"
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [
        ("沿河居民满意度", "92%以上"),
        ("出水水质达标率", "≥96%"),
    ]


def test_a_category_word_of_both_levels_is_the_level_2_of_the_level_1_in_force():
    text = (
        PLAIN
        + "产出指标数量指标清淤河道长度≥12公里\n成本指标单公里清淤成本≤9万元\n"
        + "成本指标经济成本指标巡查车辆租赁费≤6万元\n"
    )
    assert read(text) == [
        ("产出指标", "数量指标", "清淤河道长度", "≥12公里"),
        ("产出指标", "成本指标", "单公里清淤成本", "≤9万元"),  # 成本指标 under 产出指标, as older tables have it
        ("成本指标", "经济成本指标", "巡查车辆租赁费", "≤6万元"),  # a level 2 follows: 成本指标 is the level 1
    ]


def test_coded_columns_glued_after_the_name():
    text = CODED + (
        "产出指标数量指标巡查河道长度≥35公里10正向按巡查台账统计\n"
        "质量指标巡查记录完整性定性良好5正向记录齐全\n"
        "时效指标问题整改完成时间定性2026年6月底前5正向按整改台账\n"
    )
    first, second, third = indicators(text)
    assert (first.name, first.annual_target.raw, first.annual_target.comparator, first.annual_target.unit) == (
        "巡查河道长度",
        "35",
        ">=",
        "公里",
    )
    assert (first.weight, first.extra["指标方向性"], first.extra["指标解释"]) == (Decimal(10), "正向", "按巡查台账统计")
    assert (second.name, second.annual_target.raw, second.weight) == ("巡查记录完整性", "良好", Decimal(5))
    assert (third.name, third.annual_target.raw, third.weight) == ("问题整改完成时间", "2026年6月底前", Decimal(5))


def test_a_self_evaluation_row_splits_target_and_actual_and_reports_the_glued_points():
    text = SELF + "产出指标数量指标举办防汛演练4次5次1010\n质量指标堤防巡查覆盖率≥90%88.5%97巡查人员不足，已补充\n"
    first, second = indicators(text)
    assert (first.name, first.annual_target.raw, first.actual.raw) == ("举办防汛演练", "4次", "5次")
    assert (second.name, second.annual_target.raw, second.actual.raw) == ("堤防巡查覆盖率", "≥90%", "88.5%")
    assert second.extra["偏差原因及改进措施"] == "巡查人员不足，已补充"
    # 1010 is 10 and 10 (101 and 0 would be a 分值 over 100); 97 is 9 and 7 (a 得分 no more than its 分值)
    assert (first.weight, first.score, second.weight, second.score) == (10, 10, 9, 7)
    assert not {"1010", "97"} & set(diagnostics(text))


def test_glued_points_that_read_more_than_one_way_are_reported():
    """100 may be 10 and 0, or a 分值 100 with no 得分: reported; 1111 is 11 and 11 (111 and 1 has a 分值 over
    100, 1 and 111 a 得分 over its 分值)."""
    text = SELF + "产出指标数量指标举办防汛演练4次5次100\n质量指标堤防巡查覆盖率≥90%92%1111\n"
    first, second = indicators(text)
    assert (first.weight, first.score) == (None, None) and "100" in diagnostics(text)
    assert (second.weight, second.score) == (11, 11)


def test_digits_that_may_be_the_target_or_the_actual_are_not_split():
    text = SELF + "产出指标数量指标新建排涝泵站数≥44451010\n"
    (indicator,) = indicators(text)
    assert indicator.annual_target is None and indicator.actual is None  # ≥4 and 445? ≥44 and 45? Not read.
    assert indicator.name == "新建排涝泵站数"
    assert "≥44451010" in diagnostics(text)  # reported


def test_a_sequence_number_glued_to_a_name_that_starts_with_digits():
    text = "项目名称：示例急救网络项目\n序号指标名称年度指标值\n1新建急救站点3个\n2120急救电话接通率≥99%\n3急救车辆数量12辆\n"
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1, "新建急救站点", "3个"),
        (2, "120急救电话接通率", "≥99%"),  # 2 and 120, not 212 and 0
        (3, "急救车辆数量", "12辆"),
    ]


def test_a_whole_coded_table_on_one_line_reads_the_rows_its_category_words_cut_off():
    text = (
        "项目名称：示例河道巡查项目\n"
        "一级指标二级指标三级指标指标性质指标值度量单位权重指标方向性指标解释"
        "产出指标数量指标巡查河道长度≥35公里10正向按巡查台账统计"
        "质量指标巡查记录完整性定性良好5正向记录齐全巡查问题整改率≥95%10正向以整改台账为准"
        "效益指标社会效益指标河道环境改善定性明显改善10正向群众反映沿河投诉处理率≥98%5正向按投诉台账"
        "生态效益指标河道水质达标率≥90%10正向按月监测"
        "满意度指标服务对象满意度指标沿河居民满意度≥90%10正向抽样问卷调查\n"
    )
    document = parse_document(text, form="columns")
    got = [
        (i.level1.name, i.level2.name, i.name, i.annual_target.raw)
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    # Stretches holding two rows glued with free text between them: every row's values read; where the free
    # text of one row ends and the next name starts cannot be told, so the name takes all of it, with a warning
    # (记录齐全 is the 指标解释 of 巡查记录完整性). Categories hold for the stretches after them.
    assert got == [
        ("产出指标", "数量指标", "巡查河道长度", "35"),
        ("产出指标", "质量指标", "巡查记录完整性", "良好"),
        ("产出指标", "质量指标", "记录齐全巡查问题整改率", "95"),
        ("效益指标", "社会效益指标", "河道环境改善", "明显改善"),
        ("效益指标", "社会效益指标", "群众反映沿河投诉处理率", "98"),
        ("效益指标", "生态效益指标", "河道水质达标率", "90"),
        ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "90"),
    ]
    guessed = [
        i.name
        for u in document.units
        for p in u.projects
        for i in p.indicators
        if any("is a guess" in w.message for w in i.warnings)
    ]
    assert guessed == ["记录齐全巡查问题整改率", "群众反映沿河投诉处理率"]
    assert not [d for d in document.all_diagnostics() if d.severity == "error"]
    explained = {i.name: i.extra.get("指标解释") for u in document.units for p in u.projects for i in p.indicators}
    assert explained["巡查河道长度"] == "按巡查台账统计" and explained["河道水质达标率"] == "按月监测"


def test_a_whole_numbered_table_on_one_line_is_cut_where_the_next_number_starts():
    rows = [
        ("新建急救站点", "3个"),
        ("120急救电话接通率", "≥99%"),
        ("站点建设完成时间", "二〇二六年六月底前"),  # a value of words: only the next 序号 says where it ends
        ("急救培训覆盖周期", "2026.3.1-11.30"),  # ends in digits: 11.30 then 5, not 11.305
        ("院前急救投诉", "较上年减少"),
        ("急救车辆数量", "12辆"),
        ("站点人员持证上岗率", "百分之百"),
        ("急救知识普及活动", "每季度不少于2次"),
        ("市民对急救服务满意度", "90%左右"),
        ("站点值守制度", "全面建立"),
        ("急救呼叫平均响应时间", "不超过60秒"),
    ]
    line = "序号指标名称年度指标值" + "".join(f"{k}{name}{value}" for k, (name, value) in enumerate(rows, 1))
    assert len(line) > 160  # a whole-table line
    text = "项目名称：示例急救网络项目\n" + line + "\n"
    got = [(i.seq, i.name, i.annual_target.raw if i.annual_target else None) for i in indicators(text)]
    assert got[:-2] == [(k, name, value) for k, (name, value) in enumerate(rows, 1)][:-2]


def test_a_sequence_number_glued_to_the_weight_before_it_is_cut_off_by_the_numbering():
    # 序号, categories, name, value, 权重 on one line: …约120吨|10|10生态效益指标… is the 权重 10, then 序号 10
    rows = [
        ("产出指标", "数量指标", "新建渔业养殖尾水处理点", "4处", 8),
        ("", "", "养殖户技术指导", "不少于200户次", 8),
        ("", "", "投放鱼苗", "约30万尾", 8),
        ("", "质量指标", "尾水排放达标率", "≥95%", 8),
        ("", "", "鱼苗成活率", "90%以上", 8),
        ("", "时效指标", "处理点建成时间", "2026年9月底前", 8),
        ("效益指标", "经济效益指标", "养殖户年增收", "2000元以上", 10),
        ("", "", "水产品年产量", "约120吨", 10),
        ("", "生态效益指标", "养殖水域水质", "持续改善", 10),
        ("", "可持续影响指标", "尾水治理长效管护", "持续加强", 10),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", 12),
    ]
    line = "序号一级指标二级指标三级指标目标值权重" + "".join(
        f"{k}{a}{b}{name}{value}{weight}" for k, (a, b, name, value, weight) in enumerate(rows, 1)
    )
    text = "项目名称：示例渔业尾水治理项目\n" + line + "\n"
    got = [(i.seq, i.name, i.annual_target.raw, i.weight) for i in indicators(text)]
    assert got == [(k, name, value, Decimal(weight)) for k, (_, _, name, value, weight) in enumerate(rows, 1)]


def test_a_numbered_grid_with_notes_on_one_line_is_cut_by_its_numbering():
    # 序号, name, value, 分值, 备注 on one line: a note runs into the next 序号 and a name that starts with digits
    rows = [
        ("开设书法课程", "≥12门", 8, ""),
        ("招收学员", "1,500人次左右", 8, "含线上学员"),
        ("65周岁以上学员占比", "≥70%", 8, ""),
        ("举办作品展", "全年不少于4场", 8, "含巡展"),
        ("教师持证上岗率", "百分之百", 8, ""),
        ("学员满意度", "≥95%", 10, ""),
        ("学员人均学费减免", "500元/人·学年", 10, ""),
        ("书法普及活动", "每月1次", 10, "进社区"),
        ("课程结业率", "90%以上", 10, ""),
        ("老年人文化生活", "不断丰富", 10, ""),
    ]
    line = "序号指标名称目标值分值备注" + "".join(
        f"{k}{name}{value}{weight}{note}" for k, (name, value, weight, note) in enumerate(rows, 1)
    )
    assert len(line) > 160  # a whole-table line
    text = "项目名称：示例老年书法教学项目\n" + line + "\n"
    got = [(i.seq, i.name, i.annual_target.raw, i.weight, i.extra.get("备注", "")) for i in indicators(text)]
    want = [(k, name, value, Decimal(weight), note) for k, (name, value, weight, note) in enumerate(rows, 1)]
    assert got == want


def test_a_next_number_inside_an_actual_with_its_unit_is_not_the_next_sequence_number():
    # …不少于60场|63场|5|5|3… : the 3 of 63场 is no 序号 (a later 3 is), though 6 and 3 would read as points
    rows = [
        ("产出指标", "数量指标", "办理调解案件", "约800件", "826件", "10", "10"),
        ("", "", "法治讲座场次", "不少于60场", "63场", "5", "5"),
        ("", "", "调解员培训", "200人次以上", "216人次", "5", "5"),
        ("", "质量指标", "调解协议履行率", "≥95%", "97%", "10", "10"),
        ("", "时效指标", "纠纷受理时限", "≤3个工作日", "2个工作日", "5", "5"),
        ("效益指标", "社会效益指标", "矛盾纠纷化解率", "较上年提高", "提高1.5个百分点", "10", "10"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "95%以上", "97.2%", "10", "10"),
    ]
    line = "序号一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因及改进措施" + "".join(
        f"{k}{''.join(row)}" for k, row in enumerate(rows, 1)
    )
    text = "项目名称：示例人民调解项目\n" + line + "\n"
    got = [(i.seq, i.name, i.annual_target.raw, i.actual.raw) for i in indicators(text)]
    assert got == [(k, row[2], row[3], row[4]) for k, row in enumerate(rows, 1)]


def test_free_text_after_the_value_starts_neither_with_a_name_end_nor_leaves_a_name_of_digits():
    text = "项目名称：示例农家书屋项目\n一级指标二级指标三级指标指标值指标解释\n" + (
        "产出指标数量指标2026年度借阅人次不少于5000人次按登记台账统计\n"  # not 2026|年度|借阅人次…
        "产出指标时效指标书屋建设完成时间2026年5月底前以验收时间为准\n"  # not 书屋建设|完成|时间2026年…
    )
    got = [(i.name, i.annual_target.raw, i.extra["指标解释"]) for i in indicators(text)]
    assert got == [
        ("2026年度借阅人次", "不少于5000人次", "按登记台账统计"),
        ("书屋建设完成时间", "2026年5月底前", "以验收时间为准"),
    ]


def test_a_free_last_column_s_words_held_whole_by_other_rows_end_a_row_s_values():
    # 年末, the 取数时点 of two other rows, ends the fourth's value (not 书画教学|长效|机制持续巩固年末)
    text = "项目名称：示例社区书画室项目\n一级指标二级指标三级指标指标值取数时点\n" + (
        "产出指标数量指标开设书画课程12门年末\n"
        "质量指标课程考核合格率≥90%年末\n"
        "授课教师持证比例100%开班前\n"
        "效益指标可持续影响指标书画教学长效机制持续巩固年末\n"
    )
    got = [(i.name, i.annual_target.raw, i.extra["取数时点"]) for i in indicators(text)]
    assert got == [
        ("开设书画课程", "12门", "年末"),
        ("课程考核合格率", "≥90%", "年末"),
        ("授课教师持证比例", "100%", "开班前"),
        ("书画教学长效机制", "持续巩固", "年末"),
    ]


def test_a_sequence_number_with_its_mark_before_a_name_that_starts_with_a_year():
    text = "项目名称：示例农家书屋项目\n序号三级指标年度指标值指标解释权重\n" + (
        "1、新建农家书屋12个按验收计10\n2、2026年度借阅人次不少于5000人次按登记台账统计10\n"
    )
    got = [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [(1, "新建农家书屋", "12个"), (2, "2026年度借阅人次", "不少于5000人次")]


EXPLAINED = "项目名称：示例渡口运营项目\n一级指标二级指标指标名称指标值指标解释权重（%）\n"


def test_an_empty_explanation_before_the_weight_leaves_the_value_whole():
    text = EXPLAINED + (
        "满意度指标服务对象满意度指标乘客满意度90%以上10\n"  # not 90% and an explanation 以上
        "产出指标时效指标渡船年检时间每年6月底前5\n"
        "产出指标数量指标渡运班次不少于3000班次按航班计划10\n"
    )
    got = [(i.name, i.annual_target.raw, i.extra.get("指标解释"), i.weight) for i in indicators(text)]
    assert got == [
        ("乘客满意度", "90%以上", None, Decimal(10)),
        ("渡船年检时间", "每年6月底前", None, Decimal(5)),
        ("渡运班次", "不少于3000班次", "按航班计划", Decimal(10)),
    ]


def test_a_weight_before_free_text_that_starts_with_a_year_or_a_unit_word():
    text = "项目名称：示例渡口运营项目\n一级指标二级指标指标内容指标性质指标值度量单位分值指标值确定依据\n" + (
        "产出指标数量指标新建候船亭=12座52025年度建设计划\n"  # not 1|2座5…: 12, 座, 5, 2025年度…
        "产出指标时效指标候船亭完工时间≤2025年10月31日5年度工作计划\n"  # 5|年度…, not a date's 年
    )
    got = [(i.name, i.annual_target.raw, i.weight, i.extra.get("指标值确定依据")) for i in indicators(text)]
    assert got == [
        ("新建候船亭", "12", Decimal(5), "2025年度建设计划"),
        ("候船亭完工时间", "2025年10月31日", Decimal(5), "年度工作计划"),
    ]


def test_a_per_head_word_before_an_amount_with_no_head_of_its_own_starts_the_value():
    # 人均增收2000元: the value's (元 names no head); 户均增收|500元/户以上: the name's (the unit names it)
    text = PLAIN + "效益指标经济效益指标带动船工收入人均增收2000元\n效益指标经济效益指标带动渡工户均增收500元/户以上\n"
    assert [(name, value) for _, _, name, value in read(text)] == [
        ("带动船工收入", "人均增收2000元"),
        ("带动渡工户均增收", "500元/户以上"),
    ]


def test_a_per_head_measure_is_the_names_unless_the_name_already_holds_its_verb():
    # 户均增收 before ≥ is the name's end where the name says nothing of income yet; after 增收 or 收入 in the name
    # the value restates it (带动渡工增收|户均增收≥600元); 亩均补助 likewise, and a second copy starts the value
    text = PLAIN + (
        "效益指标经济效益指标带动渡工户均增收≥600元\n"
        "效益指标经济效益指标带动渡工增收户均增收≥600元\n"
        "效益指标经济效益指标渡口船民收入户均增收不低于800元\n"
        "产出指标成本指标候船亭建设亩均补助≤1.2万元\n"
        "效益指标经济效益指标护河船工户均增收户均增收1500元以上\n"
    )
    assert [(name, value) for _, _, name, value in read(text)] == [
        ("带动渡工户均增收", "≥600元"),
        ("带动渡工增收", "户均增收≥600元"),
        ("渡口船民收入", "户均增收不低于800元"),
        ("候船亭建设亩均补助", "≤1.2万元"),
        ("护河船工户均增收", "户均增收1500元以上"),
    ]


def test_a_value_that_restates_the_words_its_name_ends_with_starts_at_the_second_copy():
    text = PLAIN + (
        "满意度指标服务对象满意度指标护河志愿者满意度满意度≥93%\n"
        "产出指标数量指标河道保洁培训培训4期\n"
        "效益指标生态效益指标清淤作业噪声噪声≤70dB\n"
        "产出指标数量指标河岸加固加固护坡长度2公里\n"  # (words after the copy: no restated value)
    )
    assert [(name, value) for _, _, name, value in read(text)] == [
        ("护河志愿者满意度", "满意度≥93%"),
        ("河道保洁培训", "培训4期"),
        ("清淤作业噪声", "噪声≤70dB"),
        ("河岸加固加固护坡长度", "2公里"),
    ]


def test_a_per_head_word_is_no_subject_of_a_glued_value():
    # one line a project: 亩均不超过1.2万元 is the whole annual value, not 亩均不超过1.2万 and a row 元…
    text = (
        "项目名称：示例河道护岸项目 一级指标二级指标三级指标实施期指标值年度指标值"
        "产出指标成本指标护岸建设亩均补助≤1.2万元亩均不超过1.2万元效益指标经济效益指标带动船工增收逐年增长人均增收≥500元\n"
    )
    got = [(i.name, i.period_target.raw, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        ("护岸建设亩均补助", "≤1.2万元", "亩均不超过1.2万元"),
        ("带动船工增收", "逐年增长", "人均增收≥500元"),
    ]


def test_a_pair_of_long_words_written_the_same_is_a_pair_of_targets_though_they_do_not_read():
    text = "项目名称：示例渡口运营项目\n一级指标二级指标三级指标年度指标值实施期指标值分值\n" + (
        "效益指标可持续影响指标渡口票务管理全流程电子售票全流程电子售票10\n"
    )
    got = [(i.name, i.annual_target.raw, i.period_target.raw) for i in indicators(text)]
    assert got == [("渡口票务管理", "全流程电子售票", "全流程电子售票")]


@pytest.mark.parametrize("space", [" ", "\u3000"], ids=["space", "ideographic space"])
def test_a_whole_document_whose_rows_are_joined_by_a_space(space):
    # a web page's table copied as one line: each row a space after the one before, the header run too (or an
    # ideographic space, as a copy from a page that lays its rows out so)
    rows = [
        "产出指标数量指标渡运班次≥3000班次10",
        "渡船维护艘次12艘次10",
        "质量指标渡运安全事故0起10",
        "效益指标社会效益指标群众出行时间较上年缩短10%10",
        "满意度指标服务对象满意度指标乘客满意度≥90%10",
    ]
    line = space.join(
        [
            "示例县2026年项目支出绩效目标表",
            "项目名称：示例渡口运营项目",
            "主管部门：示例县交通运输局实施单位：示例县渡口管理所",
            "年度目标：全年渡运班次不少于3000班次，渡运安全事故为零。",
            "一级指标二级指标三级指标指标值分值",
            *rows,
        ]
    )
    assert len(line) > 160  # a whole-document line
    got = [(i.level2.name, i.name, i.annual_target.raw, i.weight) for i in indicators(line + "\n")]
    assert got == [
        ("数量指标", "渡运班次", "≥3000班次", Decimal(10)),
        ("数量指标", "渡船维护艘次", "12艘次", Decimal(10)),
        ("质量指标", "渡运安全事故", "0起", Decimal(10)),
        ("社会效益指标", "群众出行时间", "较上年缩短10%", Decimal(10)),
        ("服务对象满意度指标", "乘客满意度", "≥90%", Decimal(10)),
    ]


@pytest.mark.parametrize("space", [" ", ""], ids=["rows joined by a space", "rows glued"])
def test_a_whole_document_whose_header_ends_in_a_name_the_model_does_not_know(space):
    # …指标值分值|佐证材料: the last header name is no field (kept in extra), and the header run ends after it, not
    # before it (where 佐证材料 had been read as a first row, and the rows joined by a space not seen as such)
    rows = [
        "产出指标数量指标巡检井盖数量≥800座10巡检台账",
        "质量指标井盖缺失补装率100%10维修工单",
        "满意度指标服务对象满意度指标沿街商户满意度≥90%10问卷汇总",
    ]
    line = space.join(
        [
            "示例县2026年项目支出绩效目标表",
            "项目名称：示例井盖巡检维护项目",
            "主管部门：示例县城市管理局实施单位：示例县市政设施维护中心",
            "年度目标：全年巡检井盖不少于800座，缺失井盖全部补装。",
            "一级指标二级指标三级指标指标值分值佐证材料",
            *rows,
        ]
    )
    assert len(line) > 120  # a whole-document line
    got = [(i.level2.name, i.name, i.annual_target.raw, i.weight, i.extra) for i in indicators(line + "\n")]
    assert got == [
        ("数量指标", "巡检井盖数量", "≥800座", Decimal(10), {"佐证材料": "巡检台账"}),
        ("质量指标", "井盖缺失补装率", "100%", Decimal(10), {"佐证材料": "维修工单"}),
        ("服务对象满意度指标", "沿街商户满意度", "≥90%", Decimal(10), {"佐证材料": "问卷汇总"}),
    ]


def test_an_actual_written_with_its_unit_beside_a_unit_column():
    # a self-evaluation with 指标性质, 目标值, 度量单位: the 实际完成值 cell holds its unit all the same (14处)
    text = "项目名称：示例渡口安全项目\n一级指标二级指标三级指标指标性质目标值度量单位实际完成值分值得分\n" + (
        "产出指标数量指标保留运营渡口＝14处14处1010\n产出指标数量指标渡工安全培训≥2次/年2次55\n"
    )
    got = [(i.name, i.annual_target.raw, i.actual.raw, i.weight, i.score) for i in indicators(text)]
    assert got == [
        ("保留运营渡口", "14", "14处", Decimal(10), Decimal(10)),
        ("渡工安全培训", "2", "2次", Decimal(5), Decimal(5)),
    ]


def test_values_before_a_direction_column_a_range_a_leaf_and_none_lost():
    # 区间 is a 指标方向性 (an interval indicator); 45%-60% a range, not 45% and an empty 方向 written -;
    # 叶 a unit (a leaf of an old book); 零流失 none lost
    text = "项目名称：示例古籍修复项目\n序号指标内容目标值指标方向性备注\n" + (
        "1、破损古籍修复80叶以上正向\n2、古籍书库相对湿度50%-65%区间恒湿\n3、古籍损毁流失零流失反向\n"
    )
    got = [(i.name, i.annual_target.raw, i.extra.get("指标方向性"), i.extra.get("备注")) for i in indicators(text)]
    assert got == [
        ("破损古籍修复", "80叶以上", "正向", None),
        ("古籍书库相对湿度", "50%-65%", "区间", "恒湿"),
        ("古籍损毁流失", "零流失", "反向", None),
    ]


def test_a_month_is_no_unit_of_a_date_before_a_unit_column():
    text = "项目名称：示例古籍修复项目\n一级指标二级指标三级指标指标值度量单位指标性质权重\n" + (
        "产出指标时效指标修复工程验收2026年11月≤5\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.comparator) for i in indicators(text)]
    assert got == [("修复工程验收", "2026年11月", "<=")]


def test_a_unit_column_holding_a_latin_unit_with_a_bracketed_denominator():
    text = "项目名称：示例小流域治理项目\n一级指标二级指标三级指标指标值度量单位指标性质权重评(扣)分标准\n" + (
        "效益指标生态效益指标土壤侵蚀模数450t/(km²·a)≤10监测站年报\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit) for i in indicators(text)]
    assert got == [("土壤侵蚀模数", "450", "<=", "t/(km²·a)")]


def test_a_next_sequence_number_inside_a_quantity_is_none():
    # 序号 2 inside 126场 (≥120场|126场|10|10): no 序号 at all (rows joined by a space: the row is a piece alone)
    rows = [
        ("惠民演出场次", "≥120场", "126场"),
        ("覆盖行政村", "120个", "120个"),
        ("演出剧目数量", "不少于8部", "9部"),
        ("每场演出时长", "不少于90分钟", "92分钟"),  # (not 95分钟: a 5 with a unit after it stays a doubt)
        ("场均补助标准", "8000元/场", "8000元/场"),
        ("观众满意度", "≥90%", "93%"),
        ("演出安全事故", "0起", "0起"),
    ]
    line = " ".join(
        [
            "项目名称：示例戏曲惠民演出项目",
            "主管部门：示例县文化广电和旅游局实施单位：示例县文化馆",
            "序号三级指标年度指标值实际完成值分值得分",
            *(f"{k}{name}{target}{actual}1010" for k, (name, target, actual) in enumerate(rows, 1)),
            "8————",  # (a placeholder row: a space before its 序号 ends the row before it too)
        ]
    )
    assert len(line) > 160  # a whole-document line, its rows joined by a space
    text = line + "\n"
    got = [(i.seq, i.name, i.annual_target.raw, i.actual.raw) for i in indicators(text)]
    assert got == [(k, *row) for k, row in enumerate(rows, 1)]


def test_an_average_before_an_actual_is_no_subject_of_it():
    # 平均18小时 (an average, as 年均) is the actual whole: not 24小时内到场平均 and 18小时
    text = SELF + "产出指标时效指标险情报告响应时间2小时内到场平均1.5小时55\n"
    got = [(i.name, i.annual_target.raw, i.actual.raw, i.weight) for i in indicators(text)]
    assert got == [("险情报告响应时间", "2小时内到场", "平均1.5小时", Decimal(5))]


def test_a_verb_ending_a_name_before_two_glued_targets_stays_in_the_name():
    line = (
        "一级指标二级指标三级指标实施期指标值年度指标值"
        "产出指标数量指标新建生态护岸长度12公里4公里清理河道淤泥量9万立方米3万立方米"
        "质量指标护岸工程验收合格率100%100%"
        "效益指标经济效益指标沿河农田亩产增加60公斤以上20公斤以上沿河旅游收入增加900万元300万元"
        "生态效益指标河道水质达标率≥90%≥85%"
        "满意度指标服务对象满意度指标沿河居民满意度≥90%≥88%"
    )
    assert len(line) > 160  # a whole-table line
    document = parse_document("项目名称：示例河道生态修复项目\n" + line + "\n", form="columns")
    got = [
        (i.name, i.period_target.raw, i.annual_target.raw)
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("新建生态护岸长度", "12公里", "4公里"),
        ("清理河道淤泥量", "9万立方米", "3万立方米"),
        ("护岸工程验收合格率", "100%", "100%"),
        ("沿河农田亩产增加", "60公斤以上", "20公斤以上"),  # not 增加 as the 实施期 value
        ("沿河旅游收入增加", "900万元", "300万元"),
        ("河道水质达标率", "≥90%", "≥85%"),
        ("沿河居民满意度", "≥90%", "≥88%"),
    ]


def test_short_level_2_names_after_a_level_1_and_then_in_the_same_grid():
    text = PLAIN + (
        "产出指标（40分）数量新建观测站点6个\n"
        "质量质量抽检合格率≥97%\n"  # the grid writes its level 2 short: 质量 here is one
        "时效站点建成时间2026年9月底前\n"
        "满意度指标（10分）满意度沿河居民满意度≥90%\n"
    )
    assert read(text) == [
        ("产出指标", "数量", "新建观测站点", "6个"),
        ("产出指标", "质量", "质量抽检合格率", "≥97%"),
        ("产出指标", "时效", "站点建成时间", "2026年9月底前"),
        ("满意度指标", "满意度", "沿河居民满意度", "≥90%"),
    ]


def test_a_short_level_2_name_is_not_split_off_a_name_in_a_grid_that_writes_them_long():
    text = PLAIN + "产出指标质量指标护岸验收合格率100%\n质量抽检合格率≥97%\n"
    assert [(i.level2.name, i.name) for i in indicators(text)] == [
        ("质量指标", "护岸验收合格率"),
        ("质量指标", "质量抽检合格率"),
    ]


def test_a_coded_date_before_its_weight_is_read_whole_or_not_at_all():
    text = CODED + "产出指标时效指标清淤完成时间≤2026年4月5汛前完成\n"
    (indicator,) = indicators(text)
    assert (indicator.annual_target.raw, indicator.weight) == ("2026年4月", Decimal(5))  # not 2026, 年, 4 …


@pytest.mark.parametrize(("open_", "close"), [("", "."), ("", "、"), ("（", "）"), ("(", ")")])
def test_a_written_sequence_number_is_no_part_of_the_name(open_: str, close: str):
    rows = [("古桥栏杆修复", "8处"), ("桥面防滑处理率", "≥95%"), ("养护巡查时段", "2026年4月-2026年10月")]
    lines = "".join(f"{open_}{k}{close}{name}{value}\n" for k, (name, value) in enumerate(rows, 1))
    text = "项目名称：示例古桥养护项目\n序号指标名称年度指标值\n" + lines
    got = [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [(k, name, value) for k, (name, value) in enumerate(rows, 1)]


def test_a_whole_table_with_written_numbers_is_cut_before_each_number():
    rows = [
        ("古桥栏杆修复", "8处"),
        ("桥面防滑处理率", "≥95%"),
        ("桥体位移监测频次", "日均不少于2次"),  # 日均 before a comparator starts the value
        ("游客对古桥环境满意度", "达到92%"),  # so does 达到 before a number
        ("古桥石材补配量", "12立方米"),
        ("养护巡查时段", "2026年4月-2026年10月"),
        ("桥面排水沟清理长度", "≥300米"),
        ("古桥周边保洁覆盖率", "100%"),
        ("病害处置时限（天）", "≤5"),  # ends in digits before 10.: a written number ends no number
        ("服务对象满意度", "≥90%"),  # a category word in a grid with no category column: a name
    ]
    for open_, close in (("", "."), ("（", "）")):
        line = "序号指标名称年度指标值" + "".join(f"{open_}{k}{close}{n}{v}" for k, (n, v) in enumerate(rows, 1))
        assert len(line) > 160  # a whole-table line
        got = [(i.seq, i.name, i.annual_target.raw) for i in indicators("项目名称：示例古桥养护项目\n" + line + "\n")]
        assert got == [(k, name, value) for k, (name, value) in enumerate(rows, 1)]


def test_a_level_1_with_its_points_after_a_space_is_cut_off_the_level_2():
    text = PLAIN + "产出指标 30分数量指标栽植行道树≥400株\n效益指标 20分社会效益指标林荫道路覆盖率≥85%\n"
    assert read(text) == [
        ("产出指标", "数量指标", "栽植行道树", "≥400株"),
        ("效益指标", "社会效益指标", "林荫道路覆盖率", "≥85%"),
    ]


def test_a_level_1_with_its_points_glued_is_cut_off_the_level_2():
    text = PLAIN + "产出指标30分数量指标补植护岸柳树≥260株\n效益指标25分生态效益指标护岸植被覆盖率≥75%\n"
    assert read(text) == [
        ("产出指标", "数量指标", "补植护岸柳树", "≥260株"),
        ("效益指标", "生态效益指标", "护岸植被覆盖率", "≥75%"),
    ]


def test_a_year_after_a_year_starts_the_next_target():
    text = (
        "项目名称：示例湿地修复项目\n一级指标二级指标三级指标实施期指标值年度指标值\n"
        "产出指标时效指标湿地修复工程实施周期2026-2028年2026年全年\n"
    )
    got = [(i.name, i.period_target.raw, i.annual_target.raw) for i in indicators(text)]
    assert got == [("湿地修复工程实施周期", "2026-2028年", "2026年全年")]


def test_a_direction_before_a_changed_actual_stays_the_target_of_its_own():
    text = SELF + "效益指标生态效益指标湖区化肥施用量持续减少减少3.5%1010\n"
    got = [(i.name, i.annual_target.raw, i.actual.raw) for i in indicators(text)]
    assert got == [("湖区化肥施用量", "持续减少", "减少3.5%")]  # not 持续减少减少 and 3.5%


@pytest.mark.parametrize(
    ("row", "name", "value"),
    [
        ("新建4K直播点位数6个", "新建4K直播点位数", "6个"),  # 4K is part of the name, not a value 4
        ("乡镇5G信号覆盖率达98%以上", "乡镇5G信号覆盖率", "达98%以上"),  # 达 before a number starts the value
        ("2026年度营商环境排名全市排名前5", "2026年度营商环境排名", "全市排名前5"),  # the scope of a rank
        # the whole year, a second 每, a place after a time: the value's, not the name's
        ("举办护河讲座全年不少于8场", "举办护河讲座", "全年不少于8场"),
        ("护河员误餐补助每人每次30元", "护河员误餐补助", "每人每次30元"),
        ("护河员子女助学补助每人每学年3000元", "护河员子女助学补助", "每人每学年3000元"),
        ("险情报告到达时间乡镇≤2小时", "险情报告到达时间", "乡镇≤2小时"),
    ],
)
def test_a_value_starts_where_the_name_cannot_go_on(row: str, name: str, value: str):
    assert read(PLAIN + "产出指标数量指标" + row + "\n") == [("产出指标", "数量指标", name, value)]


def test_a_target_and_actual_written_the_same_end_the_name():
    text = SELF + (
        "产出指标质量指标堤防巡查台账管理账实相符账实相符55\n"  # not 堤防巡查台账管理账实|相符
        "防汛物资应储尽储应储尽储应储尽储1010\n"  # a third repetition is the name's
        "效益指标可持续影响指标河湖长制运行情况有效有效1010\n"
    )
    got = [(i.name, i.annual_target.raw, i.actual.raw) for i in indicators(text)]
    assert got == [
        ("堤防巡查台账管理", "账实相符", "账实相符"),
        ("防汛物资应储尽储", "应储尽储", "应储尽储"),
        ("河湖长制运行情况", "有效", "有效"),
    ]


def test_numbers_written_the_same_are_not_paired():
    # ≥4848: ≥48 and 48, or ≥4 and 848? not told: reported, not read
    text = SELF + "产出指标数量指标冲锋舟配备数量≥48481010\n"
    (got,) = indicators(text)
    assert got.annual_target is None and got.actual is None


def test_a_per_head_word_before_a_number_starts_the_value():
    text = SELF + "成本指标经济成本指标护堤员补助标准每人每月600元600元/人·月55\n"
    got = [(i.name, i.annual_target.raw, i.actual.raw) for i in indicators(text)]
    assert got == [("护堤员补助标准", "每人每月600元", "600元/人·月")]  # not 护堤员补助标准每人 and 每月600元


def test_a_tenth_row_on_a_new_page_is_row_ten():
    """Found by the hypothesis strategy: after a repeated header the expected 序号 restarted at 1, and
    10建设… was read as row 1 named 0建设…; no name starts with 0."""
    text = "项目名称：示例渡口改造\n序号指标名称年度指标值\n9泊位验收合格率≥95%\n项目支出绩效目标表（续）\n序号指标名称年度指标值\n10渡船改造数量≥3艘\n"
    document = parse_document(text, form="columns")
    got = [(i.seq, i.name, i.annual_target.raw) for u in document.units for p in u.projects for i in p.indicators]
    assert got == [(9, "泊位验收合格率", "≥95%"), (10, "渡船改造数量", "≥3艘")]


@pytest.mark.parametrize(
    ("row", "name", "value"),
    [
        ("泵站运行状况机组运转正常", "泵站运行状况", "机组运转正常"),  # not 泵站运行状况机组运转 and 正常
        ("沿河村庄防洪保障效果显著", "沿河村庄防洪保障", "效果显著"),  # not …保障效果 and 显著
        ("河长巡河履职情况巡查记录完整规范", "河长巡河履职情况", "巡查记录完整规范"),
    ],
)
def test_a_value_of_words_with_a_subject_of_its_own_starts_after_a_word_that_ends_names(
    row: str, name: str, value: str
):
    assert read(PLAIN + "效益指标社会效益指标" + row + "\n") == [("效益指标", "社会效益指标", name, value)]


def test_a_word_that_ends_names_ends_it_before_a_value_inside_a_value_word():
    text = SELF + "效益指标社会效益指标滨河居民亲水休闲水平稳步提升提升88\n"
    got = [(i.name, i.annual_target.raw, i.actual.raw) for i in indicators(text)]
    assert got == [("滨河居民亲水休闲水平", "稳步提升", "提升")]  # not …水 and 平稳步提升, nor …水平稳步 and 提升


def test_a_name_end_inside_the_value_keeps_the_pair_of_targets():
    # after 机制 a value may start, but 巡查情况有效 holds a name end of its own: the name runs to 情况
    text = SELF + "效益指标可持续影响指标护河长效机制巡查情况有效有效55\n"
    got = [(i.name, i.annual_target.raw, i.actual.raw) for i in indicators(text)]
    assert got == [("护河长效机制巡查情况", "有效", "有效")]


def test_a_mechanism_set_up_and_then_improved():
    text = "项目名称：示例河道管护项目\n一级指标二级指标三级指标长期指标值年度指标值\n"
    text += "效益指标可持续影响指标河道保洁长效机制建立逐步健全\n"
    got = [(i.name, i.period_target.raw, i.annual_target.raw) for i in indicators(text)]
    assert got == [("河道保洁长效机制", "建立", "逐步健全")]


def test_an_actual_value_of_words_before_the_points():
    text = SELF + "效益指标生态效益指标库区水质状况持续改善改善明显1210\n"
    got = [(i.name, i.annual_target.raw, i.actual.raw) for i in indicators(text)]
    assert got == [("库区水质状况", "持续改善", "改善明显")]


def test_a_value_of_words_after_a_written_qualitative_nature():
    text = CODED + "效益指标社会效益指标带动护河就业作用定性吸纳作用明显5\n"
    got = [(i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [("带动护河就业作用", "吸纳作用明显")]


def test_a_value_as_actual_starts_the_value():
    text = "项目名称：示例河道巡查项目\n序号指标名称年度指标值\n3河道垃圾清理量按实际清理量\n"
    got = [(i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [("河道垃圾清理量", "按实际清理量")]


def test_a_comparison_with_a_benchmark_is_a_cell_of_text():
    text = "项目名称：示例河道巡查项目\n序号指标名称年度指标值\n4断面水质达标比例高于全市平均水平\n"
    (got,) = indicators(text)
    assert (got.name, got.annual_target.raw, got.annual_target.kind) == ("断面水质达标比例", "高于全市平均水平", "text")


PERIODS = "项目名称：示例防汛能力项目\n一级指标二级指标三级指标实施期指标值年度指标值\n"


def test_a_value_does_not_end_in_a_comma():
    text = PERIODS + "产出指标质量指标防汛队员培训合格率≥90%，逐年提升≥70%\n"
    got = [(i.name, i.period_target.raw, i.annual_target.raw) for i in indicators(text)]
    assert got == [("防汛队员培训合格率", "≥90%，逐年提升", "≥70%")]  # not ≥90%， and 逐年提升≥70%


def test_a_last_cell_of_scoped_quantities_after_a_quantity():
    text = PERIODS + "产出指标时效指标险情处置到场时间≤45分钟平原30分钟以内，山区60分钟以内\n"
    got = [(i.name, i.period_target.raw, i.annual_target.raw) for i in indicators(text)]
    assert got == [("险情处置到场时间", "≤45分钟", "平原30分钟以内，山区60分钟以内")]


def test_a_whole_numbered_table_with_categories_gives_each_number_to_the_row_after_it():
    """序号 before the categories (…120台计划标准4质量指标…): the line is cut at the category word, after the
    number, so the number ends the piece before; it is the next row's 序号, not a value of a row of its own."""
    text = (
        "项目名称：示例湿地巡护项目\n"
        "序号一级指标二级指标三级指标指标值及单位绩效标准"
        "1产出指标数量指标巡护湿地面积1200亩计划标准2设置巡护站点6个计划标准"
        "3质量指标巡护记录完整率≥98%行业标准4成本指标经济成本指标巡护站点建设单价≤15万元/个行业标准"
        "5效益指标生态效益指标湿地水鸟种类较上年增加历史标准6社会效益指标湿地保护宣传活动每季度不少于1次计划标准"
        "7满意度指标服务对象满意度指标周边村民满意度90%以上计划标准\n"
    )
    document = parse_document(text, form="columns")
    got = [(i.seq, i.level2.name, i.name, i.annual_target.raw, i.extra.get("绩效标准")) for i in indicators(text)]
    assert got == [
        (1, "数量指标", "巡护湿地面积", "1200亩", "计划标准"),
        (2, "数量指标", "设置巡护站点", "6个", "计划标准"),
        (3, "质量指标", "巡护记录完整率", "≥98%", "行业标准"),
        (4, "经济成本指标", "巡护站点建设单价", "≤15万元/个", "行业标准"),
        (5, "生态效益指标", "湿地水鸟种类", "较上年增加", "历史标准"),
        (6, "社会效益指标", "湿地保护宣传活动", "每季度不少于1次", "计划标准"),
        (7, "服务对象满意度指标", "周边村民满意度", "90%以上", "计划标准"),
    ]
    assert not [d for d in document.all_diagnostics() if d.severity in ("error", "warning")]


def test_a_self_evaluation_on_one_line_cuts_free_text_at_a_sentence_end_or_a_placeholder():
    """偏差原因 glued before the next name: 无 ends it (a likely placeholder: the name after it is flagged), a
    sentence's end ends it for sure (no flag); the points (1010, 108) split as only one place reads."""
    text = (
        "项目名称：示例农技培训项目\n"
        "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因及改进措施"
        "产出指标数量指标举办培训班≥6期6期1010无培训人次≥300人次285人次108部分学员因农忙缺席，下年度调整培训时间。"
        "培训合格率≥90%92%55时效指标培训完成时间2025年11月底前2025年11月20日55"
        "效益指标社会效益指标农户技术掌握程度明显提高明显提高2020满意度指标服务对象满意度指标参训农户满意度≥90%95%1010\n"
    )
    read = indicators(text)
    assert [(i.name, i.annual_target.raw, i.actual.raw) for i in read] == [
        ("举办培训班", "≥6期", "6期"),
        ("培训人次", "≥300人次", "285人次"),
        ("培训合格率", "≥90%", "92%"),
        ("培训完成时间", "2025年11月底前", "2025年11月20日"),
        ("农户技术掌握程度", "明显提高", "明显提高"),
        ("参训农户满意度", "≥90%", "95%"),
    ]
    assert read[1].extra == {"偏差原因及改进措施": "部分学员因农忙缺席，下年度调整培训时间。"}
    assert [i.name for i in read if any("is a guess" in w.message for w in i.warnings)] == ["培训人次"]
    assert [(i.weight, i.score) for i in read] == [(10, 10), (10, 8), (5, 5), (5, 5), (20, 20), (10, 10)]
    assert "无" in text[read[0].span[0] : read[0].span[1]]  # the placeholder is the first row's, not lost


def test_glued_rows_end_at_numerals_and_whole_words_and_names_keep_their_codes():
    """A whole table on one line: a row may end in numerals (二至四座) or in a value of words long enough not to
    start a name (较上年明显改善), but not in one numeral (二次 of 二次供水, 第二期); a standard's code (GB
    5749-2022) and a name's marker (指标1:) are the name's, never values."""
    text = (
        "项目名称：示例社区供水改造项目\n"
        "一级指标二级指标三级指标指标值"
        "产出指标数量指标指标1:新建二次供水泵站二至四座铺设供水管网2,400米改造入户水表1800余户"
        "质量指标出厂水检测合格率（GB 5749-2022）100%供水管网验收符合设计要求第二期工程验收合格率≥98%"
        "效益指标社会效益指标居民用水条件较上年明显改善2026年度水费收缴率≥95%"
        "满意度指标服务对象满意度指标居民满意度≥90%\n"
    )
    got = [(i.level2.name, i.name, i.annual_target.raw) for i in indicators(text)]
    assert got[:4] == [
        ("数量指标", "指标1:新建二次供水泵站", "二至四座"),
        ("数量指标", "铺设供水管网", "2,400米"),
        ("数量指标", "改造入户水表", "1800余户"),
        ("质量指标", "出厂水检测合格率（GB 5749-2022）", "100%"),
    ]
    # 符合设计要求 (compliance, 6 characters) ends a row; 第二期 starts the next name
    assert got[4:6] == [("质量指标", "供水管网验收", "符合设计要求"), ("质量指标", "第二期工程验收合格率", "≥98%")]
    assert got[6:] == [
        ("社会效益指标", "居民用水条件", "较上年明显改善"),
        ("社会效益指标", "2026年度水费收缴率", "≥95%"),
        ("服务对象满意度指标", "居民满意度", "≥90%"),
    ]


def test_glued_two_target_rows_end_at_none_of_a_thing_and_not_inside_a_list_with_words():
    """无较大火灾事故 (none of a thing) ends a row as a number does; 较上年增长10%以上宣传，演练活动每年不少于4场
    reads as a list only with words after its first number (宣传 is the next name's), so the row ends before."""
    text = (
        "项目名称：示例消防安全提升项目\n"
        "一级指标二级指标三级指标实施期指标值年度指标值"
        "产出指标数量指标新建微型消防站12个4个培训消防志愿者≥600人次≥200人次质量指标消防设施完好率≥95%≥95%"
        "效益指标社会效益指标较大火灾事故无无较大火灾事故居民消防知识知晓率≥85%提高到80%"
        "社区消防宣传次数较基期增长30%较上年增长10%以上宣传，演练活动每年不少于4场4场"
        "满意度指标服务对象满意度指标居民满意度≥90%≥90%\n"
    )
    got = [(i.name, i.period_target.raw, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        ("新建微型消防站", "12个", "4个"),
        ("培训消防志愿者", "≥600人次", "≥200人次"),
        ("消防设施完好率", "≥95%", "≥95%"),
        ("较大火灾事故", "无", "无较大火灾事故"),
        ("居民消防知识知晓率", "≥85%", "提高到80%"),
        ("社区消防宣传次数", "较基期增长30%", "较上年增长10%以上"),
        ("宣传，演练活动", "每年不少于4场", "4场"),
        ("居民满意度", "≥90%", "≥90%"),
    ]


def test_glued_rows_end_at_a_dash_and_a_level_2_repeated_is_the_name():
    """A placeholder (/) ends a glued row; the 二级's words right after it (服务对象满意度指标服务对象满意度) are
    the name, not a second 二级."""
    text = (
        "项目名称：示例应急物资储备项目\n"
        "一级指标二级指标三级指标实施期指标值年度指标值"
        "产出指标数量指标储备帐篷1500顶500顶质量指标物资验收合格率100%/物资轮换及时率≥95%，逐年提高≥90%"
        "时效指标物资调拨到位时间≤12小时≤24小时成本指标物资采购成本≤600万元≤200万元"
        "效益指标社会效益指标受灾群众基本生活保障率100%100%"
        "满意度指标服务对象满意度指标服务对象满意度≥90%90%（含）以上\n"
    )
    got = [(i.level2.name, i.name, i.period_target.raw, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        ("数量指标", "储备帐篷", "1500顶", "500顶"),
        ("质量指标", "物资验收合格率", "100%", "/"),
        ("质量指标", "物资轮换及时率", "≥95%，逐年提高", "≥90%"),
        ("时效指标", "物资调拨到位时间", "≤12小时", "≤24小时"),
        ("成本指标", "物资采购成本", "≤600万元", "≤200万元"),
        ("社会效益指标", "受灾群众基本生活保障率", "100%", "100%"),
        ("服务对象满意度指标", "服务对象满意度", "≥90%", "90%（含）以上"),
    ]


def test_a_flattened_self_evaluation_with_its_weight_before_the_target():
    """分值 before 年度指标值 (101.8万平方米 is 10 and 1.8万平方米: no number starts with 0 before a digit); a
    score within its weight (2024年8月28日32所…: 3 and 2所…, since 分值 is 5); what two readings share (512所:
    5 and 12所, or 51 and 2所) is reported, not read."""
    text = (
        "项目名称：示例校舍维修项目\n"
        "一级指标二级指标三级指标分值年度指标值实际完成值得分偏差原因及改进措施\n"
        "产出指标数量指标维修校舍面积101.8万平方米1.86万平方米10\n"
        "改造学校食堂512所全部完成5\n"
        "质量指标教室课桌面平均照度10≥300lx326lx10\n"
        "时效指标暑期施工完成时间52024年8月25日前2024年8月28日32所学校受降雨影响延期完工，下年度提前开工。\n"
        "效益指标社会效益指标校舍安全责任事故10无校舍安全责任事故未发生10\n"
    )
    read = indicators(text)
    got = [
        (i.name, i.weight, i.annual_target and i.annual_target.raw, i.actual and i.actual.raw, i.score) for i in read
    ]
    assert got == [
        ("维修校舍面积", 10, "1.8万平方米", "1.86万平方米", 10),
        ("改造学校食堂", None, None, "全部完成", 5),
        ("教室课桌面平均照度", 10, "≥300lx", "326lx", 10),
        ("暑期施工完成时间", 5, "2024年8月25日前", "2024年8月28日", 3),
        ("校舍安全责任事故", 10, "无校舍安全责任事故", "未发生", 10),
    ]
    assert read[2].annual_target.unit == "勒克斯" and read[4].actual.kind == "qualitative"
    assert read[3].extra["偏差原因及改进措施"] == "2所学校受降雨影响延期完工，下年度提前开工。"
    assert "512所" in diagnostics(text)


def test_a_flattened_coded_table_with_free_text_before_its_weight():
    """指标解释 and 指标值确定依据 between the values and 分值: the free text runs to the row's last number; a unit
    before it is the longest the normalizer knows with no period (人次|每月…); 稳定性定性稳定 is 稳定性, 定性, 稳定."""
    text = (
        "项目名称：示例人口抽样调查项目\n"
        "一级指标二级指标三级指标指标性质指标值计量单位指标解释指标值确定依据分值\n"
        "产出指标数量指标抽样调查样本户≥520户全年持续参与调查的样本户数。调查方案10\n"
        "入户访问人次≥4,680人次每月390人次，全年12个月。年度调查计划10\n"
        "质量指标调查数据评估等级定性优以上级机构年度评估结果为准（优、良、中、差）。历史标准5\n"
        "效益指标可持续影响指标调查员队伍稳定性定性稳定调查员年度流失率低于10%视为稳定。历史标准5\n"
    )
    read = indicators(text)
    got = [(i.name, i.annual_target.raw, i.annual_target.unit, i.weight) for i in read]
    assert got == [
        ("抽样调查样本户", "520", "户", 10),
        ("入户访问人次", "4,680", "人次", 10),
        ("调查数据评估等级", "优", None, 5),
        ("调查员队伍稳定性", "稳定", None, 5),
    ]
    assert read[1].extra["指标解释"] == "每月390人次，全年12个月。年度调查计划"  # 确定依据 glued on: not lost
    assert [i.annual_target.kind for i in read] == ["quantity", "quantity", "qualitative", "qualitative"]


def test_a_cost_level_2_under_project_completion_and_hours_of_the_day():
    """成本指标 with no 二级 after it, inside a 项目完成指标 block, is that block's 二级 (项目完成指标 holds 产出指标's
    level 2s); 每日7:00—19:30 is a value (hours of the day), so the name ends before it."""
    text = (
        "项目名称：示例公交运营补贴项目\n"
        "一级指标二级指标指标内容指标值\n"
        "项目完成指标数量指标城乡公交线路12条\n"
        "时效指标城乡线路日运营时段每日7:00—19:30\n"
        "成本指标单车年运维费用≤3.5万元\n"
        "项目效益指标社会效益指标群众出行便利度明显提升\n"
    )
    got = [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        ("项目完成指标", "数量指标", "城乡公交线路", "12条"),
        ("项目完成指标", "时效指标", "城乡线路日运营时段", "每日7:00—19:30"),
        ("项目完成指标", "成本指标", "单车年运维费用", "≤3.5万元"),
        ("项目效益指标", "社会效益指标", "群众出行便利度", "明显提升"),
    ]
    assert not [d for d in parse_document(text, form="columns").all_diagnostics() if d.severity != "info"]


def test_a_whole_two_target_table_on_one_line_with_annual_first():
    """年度 before 长期, glued on one line: a row ends after its unit (≥95%, not ≥95 before a name starting with
    %), 数字化 starts a name, 每年6月底前 is one value (not 每年6 before a name 月底前), 人均120元 is the value."""
    text = (
        "项目名称：示例非遗传承项目\n"
        "一级指标二级指标指标内容年度指标值长期指标值"
        "产出指标数量指标传承人带徒授艺30人90人质量指标传承人年度考核合格率≥90%≥95%"
        "数字化采集素材合格率≥98%100%时效指标传承补助发放时间2025年6月30日前每年6月底前"
        "成本指标经济成本指标人均传习补助标准人均1200元人均1200元"
        "效益指标社会效益指标非遗活动参与人次1.5万人次以上5万人次以上\n"
    )
    got = [(i.name, i.annual_target.raw, i.period_target.raw) for i in indicators(text)]
    assert got == [
        ("传承人带徒授艺", "30人", "90人"),
        ("传承人年度考核合格率", "≥90%", "≥95%"),
        ("数字化采集素材合格率", "≥98%", "100%"),
        ("传承补助发放时间", "2025年6月30日前", "每年6月底前"),
        ("人均传习补助标准", "人均1200元", "人均1200元"),
        ("非遗活动参与人次", "1.5万人次以上", "5万人次以上"),
    ]
    assert indicators(text)[3].period_target.per == "year"


def test_a_whole_coded_table_on_one_line_with_free_text_before_its_weight():
    """指标解释 and 分值 after it, glued on one line: each row ends with its 分值, the last number before the next
    name, so nothing is guessed; 定性作用明显 ends its value; 决策 inside a name cuts nothing; a 二级 with dashes
    is a placeholder row."""
    text = (
        "项目名称：示例统计调查项目\n"
        "一级指标二级指标三级指标指标性质指标值计量单位指标解释分值"
        "产出指标数量指标调查样本户≥480户全年持续记账的样本户数，每月核对12次。10"
        "入户访问人次≥4,320人次每月360人次。10质量指标数据审核差错率≦1%差错笔数/总笔数×100%。5"
        "成本指标经济成本指标样本户记账补贴≤80元/户·月按调查方案执行。10社会成本指标———————"
        "效益指标社会效益指标调查数据对区政府决策的支撑作用定性作用明显以领导批示情况评价。10"
        "满意度指标服务对象满意度指标调查户满意度≥90%抽样电话回访。10\n"
    )
    document = parse_document(text, form="columns")
    read = indicators(text)
    got = [(i.name, i.annual_target.raw, i.annual_target.unit, i.weight, i.extra.get("指标解释")) for i in read]
    assert got == [
        ("调查样本户", "480", "户", 10, "全年持续记账的样本户数，每月核对12次。"),
        ("入户访问人次", "4,320", "人次", 10, "每月360人次。"),
        ("数据审核差错率", "1", "%", 5, "差错笔数/总笔数×100%。"),
        ("样本户记账补贴", "80", "元/户·月", 10, "按调查方案执行。"),
        ("调查数据对区政府决策的支撑作用", "作用明显", None, 10, "以领导批示情况评价。"),
        ("调查户满意度", "90", "%", 10, "抽样电话回访。"),
    ]
    assert not [d for d in document.all_diagnostics() if d.severity == "error"]
    assert not [w for i in read for w in i.warnings]


def test_glued_rows_end_at_a_date_in_numerals_and_at_none_of_a_thing_before_a_value_of_words():
    """二〇二五年四月底前 ends a row (never cut inside the numeral: 〇二 is no value); 零伤亡 ends a row before a
    name whose value is words (零伤亡山区群众防灾意识明显增强 is not one value with a subject)."""
    text = (
        "项目名称：示例山洪预警项目\n"
        "一级指标二级指标指标内容指标值"
        "产出指标数量指标维护自动雨量站46个质量指标监测站点数据畅通率大于95%预警信息发布准确率100%"
        "时效指标设备检修完成时间二〇二五年四月底前故障站点修复时限48小时内"
        "成本指标经济成本指标单站年运维费用≤0.35万元"
        "效益指标社会效益指标山洪灾害因灾伤亡人数零伤亡山区群众防灾意识明显增强"
        "满意度指标服务对象满意度指标受益群众满意度不低于90%\n"
    )
    got = [(i.level2.name, i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        ("数量指标", "维护自动雨量站", "46个"),
        ("质量指标", "监测站点数据畅通率", "大于95%"),
        ("质量指标", "预警信息发布准确率", "100%"),
        ("时效指标", "设备检修完成时间", "二〇二五年四月底前"),
        ("时效指标", "故障站点修复时限", "48小时内"),
        ("经济成本指标", "单站年运维费用", "≤0.35万元"),
        ("社会效益指标", "山洪灾害因灾伤亡人数", "零伤亡"),
        ("社会效益指标", "山区群众防灾意识", "明显增强"),
        ("服务对象满意度指标", "受益群众满意度", "不低于90%"),
    ]


def test_two_targets_glued_split_before_a_per_period_word_and_not_after_words_after_a_number():
    """不少于 20 场每年不少于20场 is 不少于 20 场 and 每年不少于20场 (每年 starts a value, it ends none); 每人每年5000元
    twice is two values, not 每人每年5000元每人 and 每年5000元."""
    text = (
        "项目名称：示例非遗传承项目\n"
        "一级指标二级指标三级指标年度指标值长期指标值\n"
        "产出指标数量指标开展非遗进校园活动不少于 20 场每年不少于20场\n"
        "成本指标经济成本指标代表性传承人传习补助标准每人每年5000元每人每年5000元\n"
    )
    got = [(i.name, i.annual_target.raw, i.period_target.raw) for i in indicators(text)]
    assert got == [
        ("开展非遗进校园活动", "不少于 20 场", "每年不少于20场"),
        ("代表性传承人传习补助标准", "每人每年5000元", "每人每年5000元"),
    ]


def test_glued_rows_after_free_text_fill_their_key_columns_and_end_at_a_grade_after_qualitative():
    """权重 first and 评(扣)分标准 last, on one line: 定性无反向 is 定性, 无 and 反向 (the reading that fills the
    direction, not the value 无反向发生); 定性优 ends a row before free text."""
    text = (
        "项目名称：示例食品抽检项目\n"
        "一级指标二级指标三级指标权重计算符号指标值度量单位指标方向性评(扣)分标准"
        "产出指标数量指标食品安全监督抽检批次10≥3,600批次正向完成得满分；每少100批次扣1分。"
        "千人抽检量10≥4.5批次/千人正向按常住人口计算。"
        "效益指标社会效益指标食品抽检合格率15≥98百分比正向每低0.5个百分点扣1分。"
        "重大食品安全事故10定性无反向发生1起不得分。抽检数据质量等级5定性优正向以上级评估结果为准。\n"
    )
    read = indicators(text)
    got = [(i.name, i.annual_target.raw, i.weight, i.extra.get("指标方向性")) for i in read]
    assert got == [
        ("食品安全监督抽检批次", "3,600", 10, "正向"),
        ("千人抽检量", "4.5", 10, "正向"),
        ("食品抽检合格率", "98", 15, "正向"),
        ("重大食品安全事故", "无", 10, "反向"),
        ("抽检数据质量等级", "优", 5, "正向"),
    ]
    assert not [d for d in parse_document(text, form="columns").all_diagnostics() if d.severity == "error"]


def test_a_grade_of_three_characters_twice_ends_a_glued_two_target_row():
    text = (
        "项目名称：示例水库加固项目\n"
        "一级指标二级指标三级指标实施期指标值年度指标值"
        "产出指标数量指标完成除险加固小型水库15座6座质量指标单元工程质量合格率100%100%"
        "时效指标主体工程完工时间2026年汛前2024年汛前成本指标经济成本指标单座水库加固平均投资≤240万元≤225万元"
        "效益指标可持续影响指标水库大坝安全鉴定类别二类坝二类坝工程运行管护责任落实率100%100%"
        "满意度指标服务对象满意度指标库区群众满意度≥90%≥90%\n"
    )
    got = [(i.name, i.period_target.raw, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        ("完成除险加固小型水库", "15座", "6座"),
        ("单元工程质量合格率", "100%", "100%"),
        ("主体工程完工时间", "2026年汛前", "2024年汛前"),
        ("单座水库加固平均投资", "≤240万元", "≤225万元"),
        ("水库大坝安全鉴定类别", "二类坝", "二类坝"),
        ("工程运行管护责任落实率", "100%", "100%"),
        ("库区群众满意度", "≥90%", "≥90%"),
    ]


def test_a_flattened_coded_row_never_reads_a_zero_weight_nor_free_text_starting_with_a_unit():
    """≦110静载…: 1 and a 权重 10 (11 and 0 would be a 权重 of 0); ≥95％1010秒内…: 95, ％, 10 and the 指标解释
    10秒内… (not 9 and a 权重 5 before ％1010秒内…, nor a 权重 1 before 010秒内…)."""
    text = (
        "项目名称：示例桥梁加固项目\n"
        "一级指标二级指标三级指标指标性质指标值度量单位分值评(扣)分标准\n"
        "产出指标质量指标荷载试验校验系数≦110静载试验测点校验系数均不大于1得满分。\n"
        "质量指标急救电话10秒内接听率≥95％1010秒内接听的电话数/电话总数×100%。\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.unit, i.weight) for i in indicators(text)]
    assert got == [("荷载试验校验系数", "1", None, 10), ("急救电话10秒内接听率", "95", "%", 10)]


@pytest.mark.parametrize(
    ("row", "name", "value"),
    [
        ("低保对象救助保障应救尽救", "低保对象救助保障", "应救尽救"),  # all that is due starts a value of words
        ("河道保洁资金拨付按季度兑付", "河道保洁资金拨付", "按季度兑付"),
        ("巡查记录报送时限每月15日前", "巡查记录报送时限", "每月15日前"),
        ("新建及改造巡河步道新建8条、改造14条", "新建及改造巡河步道", "新建8条、改造14条"),
        ("配套建设护岸设施新建9处、提档升级21处", "配套建设护岸设施", "新建9处、提档升级21处"),
        ("设置河道警示标牌上游段5块，下游段11块", "设置河道警示标牌", "上游段5块，下游段11块"),
        ("河长制管护机制长效运行", "河长制管护机制", "长效运行"),
    ],
)
def test_values_that_start_with_words_of_their_own(row: str, name: str, value: str):
    """A list of quantities whose later items start with a scope (改造14条) starts with one too (新建8条): a
    verb of building, else a scope as long as the later ones' (上游段, 下游段)."""
    assert read(PLAIN + "产出指标数量指标" + row + "\n") == [("产出指标", "数量指标", name, value)]


def test_a_coded_unit_with_an_alternative_in_brackets_and_words_after_qualitative():
    text = (
        CODED
        + "产出指标数量指标配备救生设备＝260台（套）10正向按储备规划\n"
        + "质量指标堤防巡查管理定性符合《堤防工程养护修理规程》要求10正向按行业规程\n"
        + "效益指标社会效益指标汛期堤防溃口险情定性不出现10反向按防汛预案\n"
        + "沿河群众转移安置定性险情发生后6小时内完成转移10正向按防汛预案\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.unit, i.annual_target.kind) for i in indicators(text)]
    assert got == [
        ("配备救生设备", "260", "台（套）", "quantity"),
        ("堤防巡查管理", "符合《堤防工程养护修理规程》要求", None, "qualitative"),
        ("汛期堤防溃口险情", "不出现", None, "qualitative"),  # words after 定性, read or not
        ("沿河群众转移安置", "险情发生后6小时内完成转移", None, "qualitative"),  # with digits, before the weight
    ]


def test_a_whole_coded_table_on_one_line_cuts_its_basis_after_a_title_or_a_standard_alone():
    """指标值确定依据 glued before the next name: a document's title (…管理办法》) or a standard alone (行业标准)
    likely ends it; the name after it carries a warning that its start is a guess, and nothing is lost."""
    text = (
        "项目名称：示例防汛物资储备项目\n"
        "一级指标二级指标三级指标指标性质指标值度量单位权重指标值确定依据"
        "产出指标数量指标储备编织袋≥8,000条8《示例县防汛物资储备管理办法》储备救生衣≥600件6行业标准"
        "质量指标储备物资完好率≥95%10计划标准效益指标社会效益指标汛期抢险物资保障及时率≥98%20历史标准"
        "满意度指标服务对象满意度指标沿河群众满意度≥90%10历史标准\n"
    )
    read = indicators(text)
    assert [(i.name, i.annual_target.raw, i.weight, dict(i.extra)) for i in read] == [
        ("储备编织袋", "8,000", 8, {"指标值确定依据": "《示例县防汛物资储备管理办法》"}),
        ("储备救生衣", "600", 6, {"指标值确定依据": "行业标准"}),
        ("储备物资完好率", "95", 10, {"指标值确定依据": "计划标准"}),
        ("汛期抢险物资保障及时率", "98", 20, {"指标值确定依据": "历史标准"}),
        ("沿河群众满意度", "90", 10, {"指标值确定依据": "历史标准"}),
    ]
    assert [i.name for i in read if any("is a guess" in w.message for w in i.warnings)] == ["储备救生衣"]


def test_glued_rows_are_never_cut_inside_brackets_or_quotes():
    """A name holding a standard's title or a quoted phrase (安全, 15分钟 inside them read as values) is cut after
    its closing mark, never inside it."""
    text = (
        "项目名称：示例社区健身项目\n"
        "一级指标二级指标三级指标指标值"
        "产出指标数量指标新建社区健身广场4处更新健身路径器材120件质量指标健身器材符合《公共体育设施 安全要求》比例100%"
        "时效指标健身广场投入使用时间2026年9月底前"
        "效益指标社会效益指标社区“10分钟健身圈”覆盖率提高到90%满意度指标服务对象满意度指标健身居民满意度≥90%\n"
    )
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [
        ("新建社区健身广场", "4处"),
        ("更新健身路径器材", "120件"),
        ("健身器材符合《公共体育设施 安全要求》比例", "100%"),
        ("健身广场投入使用时间", "2026年9月底前"),
        ("社区“10分钟健身圈”覆盖率", "提高到90%"),
        ("健身居民满意度", "≥90%"),
    ]


@pytest.mark.parametrize(
    ("row", "name", "value"),
    [
        ("管网巡检汛期每周不少于2次", "管网巡检", "汛期每周不少于2次"),
        ("河道管护制度基本完善", "河道管护制度", "基本完善"),
        ("护岸工程质量达到设计标准", "护岸工程质量", "达到设计标准"),
        ("污水处理率由60%提高到85%", "污水处理率", "由60%提高到85%"),
        ("巡河补助标准每个村不超过3万元", "巡河补助标准", "每个村不超过3万元"),
        ("带动渔民增收户均增收≥500元", "带动渔民增收", "户均增收≥500元"),
        ("布设监测设备NB水位计8套、雨量计14套", "布设监测设备", "NB水位计8套、雨量计14套"),
        ("防汛值守服务时间7×24小时", "防汛值守服务时间", "7×24小时"),
        ("组织防汛演练每年1次（6月）", "组织防汛演练", "每年1次（6月）"),
        ("巡查补助发放时间验收合格后30日内", "巡查补助发放时间", "验收合格后30日内"),
        ("河道保洁覆盖率农村90%以上", "河道保洁覆盖率", "农村90%以上"),
        ("PM2.5年均浓度≤35μg/m³", "PM2.5年均浓度", "≤35μg/m³"),  # 年均 starts no first value
        # a multiple of a level named in the value: no cell ends or starts at 的
        ("渔民生活补助标准不低于当地低保标准的1.5倍", "渔民生活补助标准", "不低于当地低保标准的1.5倍"),
    ],
)
def test_more_values_that_start_with_words(row: str, name: str, value: str):
    assert read(PLAIN + "产出指标数量指标" + row + "\n") == [("产出指标", "数量指标", name, value)]


def test_a_target_and_an_actual_written_with_the_same_word():
    """长期有效有效落实: 有效 ends the target and starts the actual (a word written twice is two cells)."""
    text = (
        SELF + "效益指标可持续影响指标河道保洁机制长期有效有效落实88—\n"
        "社会效益指标带动渔民增收户均增收≥500元户均增收520元1010无\n"
    )
    got = [(i.name, i.annual_target.raw, i.actual.raw, i.weight, i.score) for i in indicators(text)]
    assert got == [
        ("河道保洁机制", "长期有效", "有效落实", 8, 8),
        ("带动渔民增收", "户均增收≥500元", "户均增收520元", 10, 10),
    ]


def test_a_self_evaluation_on_one_line_with_dashes_for_no_deviation():
    """偏差原因 written — between one row's points and the next name: a row ends before the dash."""
    text = (
        "项目名称：示例河道清淤项目\n"
        "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因及改进措施"
        "产出指标数量指标清淤河道长度12公里12.5公里1010—疏浚排水沟渠≥30条32条88—质量指标清淤验收合格率100%100%1010—"
        "时效指标清淤完成时间2025年5月底前2025年5月20日55—满意度指标服务对象满意度指标沿河群众满意度≥90%93%1010—\n"
    )
    got = [(i.name, i.annual_target.raw, i.actual.raw, i.weight, i.score) for i in indicators(text)]
    assert got == [
        ("清淤河道长度", "12公里", "12.5公里", 10, 10),
        ("疏浚排水沟渠", "≥30条", "32条", 8, 8),
        ("清淤验收合格率", "100%", "100%", 10, 10),
        ("清淤完成时间", "2025年5月底前", "2025年5月20日", 5, 5),
        ("沿河群众满意度", "≥90%", "93%", 10, 10),
    ]


def test_a_count_unit_after_a_score_is_never_where_free_text_starts():
    """887.5%63个站点…: 63 followed by 个 (not 个别) is a count, so 分值 88, actual 7.5% and 得分 63 is no reading;
    no wrong number is read (the row stays unread rather than misread)."""
    text = (
        "项目名称：示例农村电商项目\n"
        "一级指标二级指标三级指标年度指标值分值实际完成值得分偏差原因及改进措施"
        "产出指标数量指标建设村级服务站点≥40个1042个10无质量指标站点正常运营率90%以上887.5%63个站点暂停营业，已重新遴选经营主体。"
        "满意度指标服务对象满意度指标站点经营者满意度≥85%1091%10无\n"
    )
    read = indicators(text)
    assert ("站点正常运营率", "90%以上", "7.5%") not in [
        (i.name, i.annual_target.raw, i.actual.raw if i.actual else None) for i in read
    ]
    assert all(i.weight != 88 for i in read)


def test_a_glued_row_ending_in_its_points_before_a_name_that_starts_with_nian_du():
    """计划标准10年度巡查次数…: 10 is the row's 分值 and 年度巡查次数 the next name (not 10年 and 度巡查…); a date
    after a 指标性质 still reads whole (≤2025年11月30日5…)."""
    text = (
        "项目名称：示例堤防巡查项目\n"
        "一级指标二级指标三级指标指标值及单位绩效标准分值"
        "产出指标数量指标巡查堤防长度45公里计划标准10年度巡查次数≥120次计划标准10质量指标巡查记录完整率100%行业标准10"
        "时效指标隐患处置时限≤48小时行业标准10满意度指标服务对象满意度指标沿堤群众满意度≥90%历史标准10\n"
    )
    got = [(i.name, i.annual_target.raw, i.weight) for i in indicators(text)]
    assert got == [
        ("巡查堤防长度", "45公里", 10),
        ("年度巡查次数", "≥120次", 10),
        ("巡查记录完整率", "100%", 10),
        ("隐患处置时限", "≤48小时", 10),
        ("沿堤群众满意度", "≥90%", 10),
    ]


def test_a_glued_two_target_row_may_end_in_a_grade_of_two_characters():
    text = (
        "项目名称：示例水文站改造项目\n"
        "一级指标二级指标三级指标年度指标值实施期指标值"
        "产出指标数量指标改造水文监测站点6个18个质量指标站点年度考核等级良好及以上优秀监测数据到报率≥95%≥98%"
        "时效指标改造完成时间2025年10月底前2027年10月底前满意度指标服务对象满意度指标防汛部门满意度≥90%≥90%\n"
    )
    got = [(i.name, i.annual_target.raw, i.period_target.raw) for i in indicators(text)]
    assert got == [
        ("改造水文监测站点", "6个", "18个"),
        ("站点年度考核等级", "良好及以上", "优秀"),
        ("监测数据到报率", "≥95%", "≥98%"),
        ("改造完成时间", "2025年10月底前", "2027年10月底前"),
        ("防汛部门满意度", "≥90%", "≥90%"),
    ]


def test_a_whole_numbered_table_on_one_line_with_numbers_padded_with_zeros():
    """序号 written 01, 02 …: the next row starts at the next number written the same way (not at the 2 of 02)."""
    text = (
        "项目名称：示例档案整理项目\n"
        "序号指标名称年度指标值01整理文书档案1.2万卷02编制档案目录≥3000条03档案数字化合格率≥99%"
        "04整理完成时间2025年10月底前05档案查阅利用人次较上年增长5%06档案安全事故0起07利用者满意度≥90%\n"
    )
    got = [(i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        ("整理文书档案", "1.2万卷"),
        ("编制档案目录", "≥3000条"),
        ("档案数字化合格率", "≥99%"),
        ("整理完成时间", "2025年10月底前"),
        ("档案查阅利用人次", "较上年增长5%"),
        ("档案安全事故", "0起"),
        ("利用者满意度", "≥90%"),
    ]


def test_a_unit_column_printed_before_the_value():
    """度量单位 before 指标值 (≥|人|85|10): the unit is a unit the normalizer knows, right before the number; a
    bare number glued to the weight is cut where the weight reads."""
    text = (
        "项目名称：示例渔港维护项目\n一级指标二级指标三级指标指标性质度量单位指标值权重\n"
        "产出指标数量指标维护渔港码头≥座1210\n"
        "质量指标码头完好率≥%9810\n"
        "时效指标维护完成时间≤2026年10月31日5\n"
        "成本指标单座码头维护费用≤万元/座3.510\n"
        "效益指标社会效益指标渔船安全靠泊定性明显改善10\n"
    )
    got = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit, i.weight)
        for i in indicators(text)
    ]
    assert got == [
        ("维护渔港码头", "12", ">=", "座", 10),
        ("码头完好率", "98", ">=", "%", 10),
        ("维护完成时间", "2026年10月31日", "<=", None, 5),
        ("单座码头维护费用", "3.5", "<=", "万元/座", 10),
        ("渔船安全靠泊", "明显改善", None, None, 10),
    ]


def test_glued_rows_go_on_after_a_row_whose_cells_read_two_ways():
    """Rows on one line ending in free text: a row whose readings disagree only inside it (≥85%591%5: 分值 5 and
    91%, or 59 and 1%) is read with those cells reported, and the rows after it are read as well."""
    text = (
        "项目名称：示例渔港服务项目\n一级指标二级指标三级指标年度指标值分值实际完成值得分偏差原因及改进措施"
        "满意度指标服务对象满意度指标渔民满意度≥85%591%5无船东满意度≥90%592%5无\n"
    )
    doc = parse_document(text)
    got = [(i.name, i.annual_target.raw, i.score) for i in doc.units[0].projects[0].indicators]
    assert got == [("渔民满意度", "≥85%", 5), ("船东满意度", "≥90%", 5)]
    reported = [d.text for p in doc.units[0].projects for d in p.diagnostics]
    assert "591%" in reported and "592%" in reported


@pytest.mark.parametrize(
    ("row", "name", "value"),
    [
        ("渔港安全生产事故力争零事故", "渔港安全生产事故", "力争零事故"),
        ("渔民培训满意度较满意", "渔民培训满意度", "较满意"),
        ("渔获统计数据质量真实、完整、规范", "渔获统计数据质量", "真实、完整、规范"),
        ("渔业转型升级促进作用明显", "渔业转型升级", "促进作用明显"),
        ("渔船进港等待时间由40分钟缩短至20分钟以内", "渔船进港等待时间", "由40分钟缩短至20分钟以内"),
        ("渔港资料扫描费用0.3-0.5元/页", "渔港资料扫描费用", "0.3-0.5元/页"),
    ],
)
def test_values_read_blind_in_the_fourth_set(row: str, name: str, value: str):
    assert read(PLAIN + "产出指标数量指标" + row + "\n") == [("产出指标", "数量指标", name, value)]


def test_a_whole_table_on_one_line_cuts_free_text_after_the_verb_that_closes_a_method_or_a_rule():
    """指标解释 and 评分标准 glued before the next name: the verb that closes a method (…为准, …确定) or a
    scoring rule (扣1分, 不得分, 计分) likely ends them; a standard right after a sentence's end is the
    指标值确定依据 of the same row. Where a row has two free-text columns, even a sentence's end is a guess."""
    text = (
        "项目名称：示例渔港服务项目\n"
        "一级指标二级指标三级指标指标性质指标值度量单位权重指标解释"
        "产出指标数量指标维护渔港码头≥12座10以渔港台账为准疏浚港池航道≥3公里10按施工合同确定"
        "质量指标码头完好率≥95%10每低1个百分点扣1分满意度指标服务对象满意度指标渔民满意度≥90%10问卷调查\n"
    )
    read = indicators(text)
    assert [(i.name, i.annual_target.raw, dict(i.extra)) for i in read] == [
        ("维护渔港码头", "12", {"指标解释": "以渔港台账为准"}),
        ("疏浚港池航道", "3", {"指标解释": "按施工合同确定"}),
        ("码头完好率", "95", {"指标解释": "每低1个百分点扣1分"}),
        ("渔民满意度", "90", {"指标解释": "问卷调查"}),
    ]
    assert [i.name for i in read if any("is a guess" in w.message for w in i.warnings)] == ["疏浚港池航道"]
    two = (
        "项目名称：示例渔港服务项目\n"
        "一级指标二级指标三级指标指标性质指标值度量单位权重指标解释指标值确定依据"
        "产出指标数量指标维护渔港码头≥12座10按台账统计。计划标准疏浚港池航道≥3公里10按合同。施工方案"
        "渔船避风锚位≥80个10按规划。\n"
    )
    read = indicators(two)
    assert [(i.name, dict(i.extra)) for i in read] == [
        ("维护渔港码头", {"指标解释": "按台账统计。计划标准"}),  # (one run of free text, in the first column)
        ("疏浚港池航道", {"指标解释": "按合同。"}),
        ("施工方案渔船避风锚位", {"指标解释": "按规划。"}),
    ]
    assert [i.name for i in read if any("is a guess" in w.message for w in i.warnings)] == [
        "疏浚港池航道",
        "施工方案渔船避风锚位",
    ]


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        # a direction led by its modifier, written twice (both targets): 逐年加强 and 加强, not 逐年 in the name
        (PERIODS, "渔港管护能力逐年加强加强", ("渔港管护能力", "逐年加强", "加强")),
        # a change from a year written
        (PERIODS, "渔获交易量较2024年增长15%较上年增长5%", ("渔获交易量", "较2024年增长15%", "较上年增长5%")),
    ],
)
def test_two_targets_read_blind_in_the_fourth_set(header: str, row: str, expected: tuple):
    (got,) = indicators(header + "产出指标数量指标" + row + "\n")
    assert (got.name, got.period_target.raw, got.annual_target.raw) == expected


def test_more_values_read_blind_in_the_fourth_set():
    """A per-head amount after 节本增效 and a comparator; a limit after an event of one character after a name
    of 周期; years of a duration glued (≥8年8年: no date); an effect before a 绩效标准 word (效果明显|行业标准);
    an actual starting with 平均."""
    text = (
        PLAIN + "效益指标经济效益指标带动渔民节本增收亩均节本增效≥30元\n"
        "产出指标时效指标渔船证书办理周期灾后5个工作日内\n"
    )
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [
        ("带动渔民节本增收", "亩均节本增效≥30元"),
        ("渔船证书办理周期", "灾后5个工作日内"),
    ]
    text = (
        SELF
        + "效益指标可持续影响指标码头设施使用年限≥10年10年109无\n产出指标时效指标航标故障修复时限≤24小时平均20小时55无\n"
    )
    got = [(i.name, i.annual_target.raw, i.actual.raw, i.weight, i.score) for i in indicators(text)]
    assert got == [("码头设施使用年限", "≥10年", "10年", 10, 9), ("航标故障修复时限", "≤24小时", "平均20小时", 5, 5)]
    text = (
        "项目名称：示例渔港服务项目\n一级指标二级指标三级指标指标值及单位绩效标准权重\n"
        "效益指标社会效益指标渔民就业带动效果明显行业标准5\n"
    )
    assert [(i.name, i.annual_target.raw, i.weight) for i in indicators(text)] == [("渔民就业带动", "效果明显", 5)]


def test_a_plain_grid_with_a_note_column_after_the_value():
    """备注 after 指标值, one row a line: the value reads as far as it goes (15分钟以内, not 15分钟 and a note
    以内), a value with no words after its number comes first (4艘 and the note 每个渔港1艘), and a note never
    starts inside a word (满意|度≥90%)."""
    text = (
        "项目名称：示例渔港服务项目\n一级指标二级指标三级指标指标值备注\n"
        "产出指标数量指标配备渔政执法船4艘每个渔港1艘\n"
        "效益指标社会效益指标渔港应急到场时间15分钟以内\n"
        "满意度指标服务对象满意度指标渔民满意度≥90%抽样问卷调查\n"
    )
    got = [(i.name, i.annual_target.raw, dict(i.extra)) for i in indicators(text)]
    assert got == [
        ("配备渔政执法船", "4艘", {"备注": "每个渔港1艘"}),
        ("渔港应急到场时间", "15分钟以内", {}),
        ("渔民满意度", "≥90%", {"备注": "抽样问卷调查"}),
    ]


def test_free_text_printed_between_the_name_and_the_values_is_cut_at_a_guess_with_a_warning():
    """指标解释 before 指标性质, one row a line: where the name ends and the explanation starts cannot be told for
    sure: it is cut where an explanation likely starts (按台账统计), nothing lost, and the name says so; the values
    read as always."""
    text = (
        "项目名称：示例渔港服务项目\n一级指标二级指标三级指标指标解释指标性质指标值度量单位权重\n"
        "产出指标数量指标维护渔港码头按台账统计≥12座10\n"
        "质量指标码头完好率＝100%5\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.comparator, i.weight) for i in indicators(text)]
    assert got == [("维护渔港码头", "12", ">=", 10), ("码头完好率", "100", "=", 5)]
    assert [i.extra.get("指标解释") for i in indicators(text)] == ["按台账统计", None]
    assert all(any("between the name and the values" in w.message for w in i.warnings) for i in indicators(text))


def test_a_standard_column_printed_before_the_value_ends_the_name():
    """绩效标准 before 指标值及单位: the standard word (行业标准) marks where the name ends, as a 指标性质 does; a
    benchmark with its scope (高于全县农村平均水平) is a whole value."""
    text = (
        "项目名称：示例渔港服务项目\n一级指标二级指标三级指标绩效标准指标值及单位权重\n"
        "产出指标质量指标渔港安全检查覆盖率行业标准≥95%10\n"
        "效益指标经济效益指标渔民人均收入增速计划标准高于全县农村平均水平10\n"
    )
    got = [(i.name, i.annual_target.raw, i.weight, dict(i.extra)) for i in indicators(text)]
    assert got == [
        ("渔港安全检查覆盖率", "≥95%", 10, {"绩效标准": "行业标准"}),
        ("渔民人均收入增速", "高于全县农村平均水平", 10, {"绩效标准": "计划标准"}),
    ]


def test_a_level_1_printed_with_its_points_bounds_the_weights_under_it():
    """分值 glued to the actual (≥85%591%5: 5 and 91%, or 59 and 1%): under 满意度指标（10分） no 分值 is more
    than 10, so it is 5; with no points printed the two readings stay reported, as before."""
    header = "项目名称：示例渔港服务项目\n一级指标二级指标三级指标年度指标值分值实际完成值得分偏差原因及改进措施\n"
    text = header + "满意度指标（10分）服务对象满意度指标渔民满意度≥85%591%5无\n"
    got = [(i.name, i.annual_target.raw, i.weight, i.actual.raw, i.score) for i in indicators(text)]
    assert got == [("渔民满意度", "≥85%", 5, "91%", 5)]
    (plain,) = indicators(header + "满意度指标服务对象满意度指标渔民满意度≥85%591%5无\n")
    assert (plain.weight, plain.actual) == (None, None)


def test_a_level_1_written_without_its_suffix_is_read_before_a_level_2() -> None:
    """效益 and 满意度 as a level 1 (no 指标) are too short to cut a line on their own; before a level-2 name they
    are the level 1. Read as part of the row before, 效益社会效益… had lost its level 1 to the block above."""
    text = (
        PLAIN + "产出指标数量指标巡查河道长度12公里\n"
        "效益社会效益沿河群众安全感明显增强\n"
        "满意度满意度沿河居民满意度≥90%\n"
        "产出质量河面保洁达标率≥95%\n"
    )
    assert read(text) == [
        ("产出指标", "数量指标", "巡查河道长度", "12公里"),
        ("效益", "社会效益", "沿河群众安全感", "明显增强"),
        ("满意度", "满意度", "沿河居民满意度", "≥90%"),
        ("满意度", "产出质量", "河面保洁达标率", "≥95%"),
    ]


def test_two_targets_glued_split_where_their_words_and_dates_allow() -> None:
    """A 实施期 and a 年度 value glued: two dates (2026.10|2025.03: the one place two digits written together are
    two cells), a limit after an event after another value (≤4小时|接报后2小时内), a total after a verb of
    counting (累计300万元以上|90万元以上). Before, each row's values went into its name."""
    text = (
        "项目名称：示例堤防加固项目\n一级指标二级指标三级指标实施期指标值年度指标值\n"
        "产出指标时效指标加固工程建设期2025.03-2026.102025.03-2025.12\n"
        "险情处置时间≤4小时接报后2小时内\n"
        "效益指标经济效益指标减少防汛抢险费用累计300万元以上90万元以上\n"
        "社会效益指标新增保护农田面积新增2万亩新增1.2万亩\n"
    )
    assert [(i.name, i.period_target.raw, i.annual_target.raw) for i in indicators(text)] == [
        ("加固工程建设期", "2025.03-2026.10", "2025.03-2025.12"),
        ("险情处置时间", "≤4小时", "接报后2小时内"),
        ("减少防汛抢险费用", "累计300万元以上", "90万元以上"),
        ("新增保护农田面积", "新增2万亩", "新增1.2万亩"),
    ]


def test_a_header_name_with_a_note_in_brackets() -> None:
    """权重（%） in a flattened header: the header row did not split, so no value was read in the grid."""
    text = (
        "项目名称：示例河道巡查项目\n一级指标二级指标三级指标指标性质指标值度量单位权重（%）指标方向性\n"
        "产出指标数量指标巡查河道长度≥120公里10正向\n"
    )
    [indicator] = indicators(text)
    assert (indicator.name, indicator.annual_target.raw, indicator.annual_target.value, indicator.weight) == (
        "巡查河道长度",
        "120",
        Decimal(120),
        Decimal(10),
    )


def test_a_row_wrapped_over_two_lines_as_a_pdf_copy_gives_it() -> None:
    """Text copied from a PDF breaks a long cell where the cell wrapped: the row's first line has no value, and
    its rest (务应用率百分之百) was read as a row of its own, named 务应用率. A row whose value is words, followed
    by a row that reads, stays two rows (their name together would be longer than names are)."""
    text = (
        PLAIN + "效益指标社会效益指标口岸通关“单一窗口”主要业\n"
        "务应用率百分之百\n"
        "普查成果服务经济决策为区委区政府提供决策参考\n"
        "形成统计分析报告不少于5篇\n"
    )
    assert read(text) == [
        ("效益指标", "社会效益指标", "口岸通关“单一窗口”主要业务应用率", "百分之百"),
        ("效益指标", "社会效益指标", "普查成果服务经济决策为区委区政府提供决策参考", None),
        ("效益指标", "社会效益指标", "形成统计分析报告", "不少于5篇"),
    ]
    first = indicators(text)[0]
    start, end = first.span  # (the row's cells are placed on their own lines of the file)
    assert (text.count("\n", 0, start) + 1, text.count("\n", 0, end) + 1) == (3, 4)
    assert text[end - 4 : end] == "百分之百"


@pytest.mark.parametrize(
    ("row", "value", "unit"),
    [
        ("单台设备年均运维成本≦6,100元/（台·年）4反向", "6,100", "元/（台·年）"),  # a denominator in brackets
        ("测向定位精度≤5°4正向", "5", "°"),
        ("集中消杀覆盖面积≥350万㎡4正向", "350", "万平方米"),  # (a multiple before a symbol)
    ],
)
def test_unit_cells_the_flattened_reader_did_not_know(row: str, value: str, unit: str) -> None:
    text = (
        "项目名称：示例监测站项目\n一级指标二级指标三级指标符号指标值计量单位分值指标方向性\n产出指标质量指标"
        + row
        + "\n"
    )
    [indicator] = indicators(text)
    assert (indicator.annual_target.raw, indicator.annual_target.unit, indicator.weight) == (value, unit, Decimal(4))


def test_a_basis_glued_before_the_next_name_is_cut_after_a_word_that_closes_a_basis() -> None:
    """指标值确定依据 glued before the next name, ending in a word that closes a basis more often than it stands in a
    name (实施方案, 工期, 问卷调查): cut there, the name after it warned as a guess; where the name after such a
    word would be shorter than four characters, the word is the name's (年度考核|优秀率 is not cut)."""
    text = (
        "项目名称：示例河道清淤项目\n"
        "一级指标二级指标三级指标指标性质指标值度量单位权重指标值确定依据"
        "产出指标数量指标清淤河道长度≥12公里10清淤实施方案清淤土方量≥3万立方米10合同约定工期"
        "质量指标清淤验收合格率＝100%10行业标准效益指标社会效益指标河道行洪能力定性明显提升10沿河问卷调查"
        "满意度指标服务对象满意度指标沿河群众满意度≥90%10年度考核优秀率≥95%10计划标准\n"
    )
    read = indicators(text)
    assert [(i.name, dict(i.extra)) for i in read] == [
        ("清淤河道长度", {"指标值确定依据": "清淤实施方案"}),
        ("清淤土方量", {"指标值确定依据": "合同约定工期"}),
        ("清淤验收合格率", {"指标值确定依据": "行业标准"}),
        ("河道行洪能力", {"指标值确定依据": "沿河问卷调查"}),
        ("沿河群众满意度", {}),
        ("年度考核优秀率", {"指标值确定依据": "计划标准"}),
    ]
    # (a category between two rows marks where the name starts: no guess there)
    assert [i.name for i in read if any("is a guess" in w.message for w in i.warnings)] == [
        "清淤土方量",
        "年度考核优秀率",
    ]


def test_cells_one_space_apart_as_a_pdf_viewer_copies_them() -> None:
    """A grid copied from a PDF viewer: header names and cells one space apart, merged (empty) cells gone. The
    header names it; a row holding every column is read by column, a shorter one by content (its categories
    carried down, an empty 指标值确定依据 left empty). Before, no indicator was read."""
    text = (
        "项目名称 示例河道保洁项目\n"
        "主管部门 示例县水务局\n"
        "一级指标 二级指标 三级指标 指标性质 指标值 计量单位 权重 指标值确定依据\n"
        "产出指标（50分） 数量指标 河道保洁长度 ≥ 36 公里 20 年度保洁计划\n"
        "河道巡查频次 ≥ 2 次/周 10 保洁合同\n"
        "质量指标 水面垃圾清除率 ≥ 95 % 20\n"
        "满意度指标（50分） 服务对象满意度指标 沿河居民满意度 >= 90 % 50 问卷调查\n"
    )
    got = [
        (i.level1.name, i.level2.name, i.name, i.annual_target.comparator, i.annual_target.value, i.annual_target.unit)
        for i in indicators(text)
    ]
    assert got == [
        ("产出指标", "数量指标", "河道保洁长度", ">=", Decimal(36), "公里"),
        ("产出指标", "数量指标", "河道巡查频次", ">=", Decimal(2), "次"),
        ("产出指标", "质量指标", "水面垃圾清除率", ">=", Decimal(95), "%"),
        ("满意度指标", "服务对象满意度指标", "沿河居民满意度", ">=", Decimal(90), "%"),
    ]
    # (the 一级 as printed, with its points, is kept in extra as every shape keeps it)
    assert [(i.weight, i.extra.get("指标值确定依据")) for i in indicators(text)] == [
        (20, "年度保洁计划"),
        (10, "保洁合同"),
        (20, None),
        (50, "问卷调查"),
    ]


def test_points_printed_a_space_after_the_level_1() -> None:
    """产出指标 (50分) with a space before the bracket, glued to the 二级: the points are the level 1's."""
    text = PLAIN + "产出指标 (50分)数量指标河道保洁长度36公里\n"
    assert read(text) == [("产出指标", "数量指标", "河道保洁长度", "36公里")]


def test_a_whole_table_line_whose_rows_end_in_a_direction_after_their_free_text() -> None:
    """Rows glued on one line, each ending in 指标解释 then 指标方向性: the direction word ends the row, so the free
    text before it (or none) is the row's, and the next name starts after it. Before, the rows were refused as
    rows ending in free text."""
    text = (
        "项目名称：示例燃气巡检项目 一级指标二级指标三级指标符号指标值度量单位分值指标解释指标方向性"
        "产出指标数量指标巡检液化气站点≥46家次8含配送车辆正向加装燃气报警器≥1,600户8正向"
        "质量指标报警设定值≤25%6按爆炸下限设定反向隐患整改闭环率≥98%6整改销号数/发现隐患数正向"
        "时效指标泄漏报警响应时间≤30分钟6接警至到场反向\n"
    )
    read = indicators(text)
    assert [(i.name, i.annual_target.raw, i.weight, dict(i.extra)) for i in read] == [
        ("巡检液化气站点", "46", 8, {"指标解释": "含配送车辆", "指标方向性": "正向"}),
        ("加装燃气报警器", "1,600", 8, {"指标方向性": "正向"}),
        ("报警设定值", "25", 6, {"指标解释": "按爆炸下限设定", "指标方向性": "反向"}),
        ("隐患整改闭环率", "98", 6, {"指标解释": "整改销号数/发现隐患数", "指标方向性": "正向"}),
        ("泄漏报警响应时间", "30", 6, {"指标解释": "接警至到场", "指标方向性": "反向"}),
    ]


def test_a_whole_table_line_with_header_items_after_its_grid() -> None:
    """The grid first, then the header block's items after a space (…≥90%10 年度目标：…): the grid ends before them
    and they are read as the header block."""
    text = (
        "项目名称：示例测绘更新项目 一级指标二级指标三级指标年度指标值分值"
        "产出指标数量指标地形图更新面积22平方公里10基准站新建数量2座10质量指标成果一次检查合格率100%10"
        "满意度指标服务对象满意度指标用图单位满意度≥90%10"
        " 年度目标：完成22平方公里地形图更新，新建2座基准站，成果一次检查合格率100%。 主管部门：示例县自然资源局\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [
        ("地形图更新面积", "22平方公里"),
        ("基准站新建数量", "2座"),
        ("成果一次检查合格率", "100%"),
        ("用图单位满意度", "≥90%"),
    ]
    assert (project.goal, project.department) == (
        "完成22平方公里地形图更新，新建2座基准站，成果一次检查合格率100%。",
        "示例县自然资源局",
    )


def test_a_sequence_table_numbered_in_chinese_numerals() -> None:
    """序号 written 一, 二 … 十一 glued before the names: each row's number is the next in sequence, taken off its
    name (a name that starts with a numeral, 一次性…, keeps it where the number is not the next)."""
    rows = "".join(
        f"{n}{name}{value}\n"
        for n, name, value in [
            ("一", "巡河次数", "≥96次"),
            ("二", "一次性验收合格率", "100%"),
            ("三", "河道保洁长度", "36公里"),
            ("四", "保洁质量达标率", "≥95%"),
            ("五", "巡河记录完整率", "100%"),
            ("六", "沿河垃圾清运", "每日1次"),
            ("七", "护河宣传活动", "4场"),
            ("八", "河道管护经费", "≤86万元"),
            ("九", "河道水质达标率", "≥90%"),
            ("十", "护河志愿者", "200人"),
            ("十一", "沿河群众满意度", "≥90%"),
        ]
    )
    text = "项目名称：示例河道管护项目\n序号三级指标年度指标值\n" + rows
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1, "巡河次数", "≥96次"),
        (2, "一次性验收合格率", "100%"),
        (3, "河道保洁长度", "36公里"),
        (4, "保洁质量达标率", "≥95%"),
        (5, "巡河记录完整率", "100%"),
        (6, "沿河垃圾清运", "每日1次"),
        (7, "护河宣传活动", "4场"),
        (8, "河道管护经费", "≤86万元"),
        (9, "河道水质达标率", "≥90%"),
        (10, "护河志愿者", "200人"),
        (11, "沿河群众满意度", "≥90%"),
    ]


def test_numbered_rows_glued_the_next_number_is_not_a_part_of_a_date() -> None:
    """Numbered rows glued on one line, a row's value a date (2025年9月30日前) and the next 序号 9: the 9 of 9月 is
    the date's, the row ends at the 9 after 前."""
    text = (
        "项目名称：示例地名标志项目 序号指标名称指标值及单位"
        "1新设地名标志120块2更新破损地名标志80块3地名标志设置规范率100%4地名信息核准率≥98%"
        "5地名文化宣传活动3场6地名档案电子化率100%7群众查询地名信息满意度≥90%"
        "8地名标志安装完成时间2025年9月30日前9单块地名标志制作安装费用每块不超过1,500元\n"
    )
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)][-2:] == [
        (8, "地名标志安装完成时间", "2025年9月30日前"),
        (9, "单块地名标志制作安装费用", "每块不超过1,500元"),
    ]


def test_a_limit_after_an_event_as_the_value_of_a_response() -> None:
    """A 响应 name before a limit counted from an event (应急响应|接警后30分钟内到场), a period and an annual value
    glued (…内到场|接警后…); nothing new of a thing (不新增…) starts a value too."""
    text = (
        "项目名称：示例排涝项目\n一级指标二级指标三级指标实施期指标值年度指标值\n"
        "产出指标时效指标积水点应急响应接警后30分钟内到场接警后30分钟内到场\n"
        "效益指标生态效益指标沿河生态安全不新增污染源不新增污染源\n"
    )
    assert [(i.name, i.period_target.raw, i.annual_target.raw) for i in indicators(text)] == [
        ("积水点应急响应", "接警后30分钟内到场", "接警后30分钟内到场"),
        ("沿河生态安全", "不新增污染源", "不新增污染源"),
    ]


def test_an_explanation_glued_before_the_next_name_ends_after_a_formula_or_an_actual_value() -> None:
    """指标解释 glued before the next name: a formula (…/…×100%) or a basis of a value (上年实际值, 年均值) likely
    ends it; the name after it still warns that its start is a guess."""
    text = (
        "项目名称：示例水质监测项目 一级指标二级指标三级指标指标值指标解释"
        "产出指标质量指标水样有效率≥95%有效水样数/采集水样数×100%站房噪声控制≤55分贝按上年实际值"
        "水质采样监测频次12次按采样计划执行效益指标生态效益指标断面达标率≥85%县城区断面年均值\n"
    )
    read = indicators(text)
    assert [(i.name, i.annual_target.raw, dict(i.extra)) for i in read] == [
        ("水样有效率", "≥95%", {"指标解释": "有效水样数/采集水样数×100%"}),
        ("站房噪声控制", "≤55分贝", {"指标解释": "按上年实际值"}),
        ("水质采样监测频次", "12次", {"指标解释": "按采样计划执行"}),
        ("断面达标率", "≥85%", {"指标解释": "县城区断面年均值"}),
    ]
    assert [i.name for i in read if any("is a guess" in w.message for w in i.warnings)] == [
        "站房噪声控制",
        "水质采样监测频次",
    ]


def test_an_explanation_printed_between_the_name_and_the_values_starts_at_a_word_of_explanations() -> None:
    """指标解释 printed before 指标性质, glued to the name: it likely starts at a word that starts explanations
    (指…, 按…, 根据…, 以…为准), the rest stays the name, and the name warns that where it ends is a guess. With
    no such word, all of it stays the name (as before), with its warning."""
    text = (
        "项目名称：示例河道清淤项目\n一级指标二级指标三级指标指标解释指标性质指标值度量单位\n"
        "产出指标数量指标清淤河道长度指当年完成清淤的河道长度≥12公里\n"
        "质量指标清淤验收合格率按县水利工程验收办法执行＝100%\n"
        "时效指标清淤完成时间以竣工验收为准≤2025年10月\n"
        "成本指标经济成本指标单位清淤成本河道清淤总费用≤25万元/公里\n"
    )
    read = indicators(text)
    assert [(i.name, i.extra.get("指标解释")) for i in read] == [
        ("清淤河道长度", "指当年完成清淤的河道长度"),
        ("清淤验收合格率", "按县水利工程验收办法执行"),
        ("清淤完成时间", "以竣工验收为准"),
        ("单位清淤成本河道清淤总费用", None),
    ]
    assert all(any("free text printed between the name" in w.message for w in i.warnings) for i in read)


def test_amounts_one_space_apart_on_the_line_under_their_keys() -> None:
    """The money keys on one line and their amounts on the next, one space apart (a PDF viewer's copy of a
    header block printed column-wise): each amount goes to its key, in order. Before, the three amounts were one
    value, not a number, and the other keys had none."""
    text = (
        "项目名称 示例河道保洁项目\n"
        "项目资金（万元） 年度资金总额 其中：财政拨款 其他资金\n"
        "1,286.40 1,236.40 50.00\n"
        "一级指标 二级指标 三级指标 指标值\n"
        "产出指标 数量指标 河道保洁长度 36公里\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert (project.amounts.total, project.amounts.fiscal, project.amounts.other) == (
        Decimal("1286.40"),
        Decimal("1236.40"),
        Decimal("50.00"),
    )
    assert not [d for d in document.all_diagnostics() if "amount" in d.message or "paired" in d.message]


def test_a_value_each_period_the_normalizer_has_no_word_for() -> None:
    """每半年1次, 每15天1次: the normalizer keeps them as words (half a year is no ``per``), so no value started
    at 每 and the period went to the name (巡查每半年|1次). As a cell, it is a value; the target stays words."""
    text = (
        "项目名称：示例堤防巡查项目\n一级指标二级指标三级指标绩效标准指标值及单位\n"
        "产出指标数量指标堤防隐患排查计划标准每半年1次\n"
        "穿堤涵闸巡检行业标准每15天1次\n"
        "质量指标隐患整改率计划标准≥95%\n"
    )
    got = indicators(text)
    assert [(i.name, i.annual_target.raw) for i in got] == [
        ("堤防隐患排查", "每半年1次"),
        ("穿堤涵闸巡检", "每15天1次"),
        ("隐患整改率", "≥95%"),
    ]
    assert [i.annual_target.kind for i in got[:2]] == ["text", "text"]


def test_rows_numbered_in_chinese_numerals_in_brackets() -> None:
    """A 序号 in Chinese numerals with its brackets or mark (（一）, 十二、): only bare Chinese numerals were read,
    so the numbers stayed glued to the names (（一）新建趸船)."""
    text = (
        "项目名称：示例渡口改造\n序号三级指标年度指标值\n（一）新建趸船2艘\n（二）改造码头3座\n（三）船民满意度≥90%\n"
    )
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1, "新建趸船", "2艘"),
        (2, "改造码头", "3座"),
        (3, "船民满意度", "≥90%"),
    ]


def test_a_change_from_a_level_named_starts_a_value() -> None:
    """较市场价降低20%以上: a change counted from a level named (not a year) starts at 较; the baseline went to
    the name (婴幼儿入托费用较市场价降低|20%以上)."""
    text = "项目名称：示例托育项目\n序号指标内容年度指标值\n1婴幼儿入托费用较市场价降低20%以上\n2托位数量≥300个\n"
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [
        ("婴幼儿入托费用", "较市场价降低20%以上"),
        ("托位数量", "≥300个"),
    ]


def test_an_event_limit_after_the_same_limit() -> None:
    """A limit counted from an event, printed twice (中期 and 年度: 交办后30日内交办后30日内): no value started
    after 内, so the second ran into the first and the weight into both."""
    text = (
        "项目名称：示例河湖项目\n一级指标二级指标三级指标中期指标值年度指标值分值\n"
        "产出指标时效指标问题整改完成时限交办后30日内交办后30日内6\n"
    )
    assert [(i.name, i.period_target.raw, i.annual_target.raw, i.weight) for i in indicators(text)] == [
        ("问题整改完成时限", "交办后30日内", "交办后30日内", Decimal("6")),
    ]


STANDARD = "项目名称：示例渡口维护项目\n一级指标二级指标三级指标指标值及单位绩效标准指标解释\n"


def test_a_standard_word_written_once_ends_the_value() -> None:
    """A 绩效标准 word (计划标准, 行业标准) after the value, free text after it: the normalizer reads a number
    with words after it (≤12h行业标准自…, 38座计划标准…) as a quantity, so the value ran on over the standard
    and the free text, or a word of the name (渡口|安全) was taken for the value."""
    text = STANDARD + (
        "产出指标数量指标渡口定期巡检38座计划标准含临时渡口5座\n"
        "时效指标故障应急处置响应时间≤12h行业标准自接到报告起计\n"
        "效益指标社会效益指标渡口安全责任事故无计划标准\n"
    )
    assert [(i.name, i.annual_target.raw if i.annual_target else None) for i in indicators(text)] == [
        ("渡口定期巡检", "38座"),
        ("故障应急处置响应时间", "≤12h"),
        ("渡口安全责任事故", "无"),
    ]
    assert [i.extra for i in indicators(text)][:2] == [
        {"绩效标准": "计划标准", "指标解释": "含临时渡口5座"},
        {"绩效标准": "行业标准", "指标解释": "自接到报告起计"},
    ]


def test_no_name_ends_in_a_joiner_or_a_dash() -> None:
    """一、二类渡口占比: a value read from 二类 on left a name ending in 、 (一、); a name ends in no joiner and no
    dash."""
    text = STANDARD + "产出指标质量指标一、二类渡口占比≥90%行业标准\n"
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [("一、二类渡口占比", "≥90%")]


def test_a_level_2_with_points_starts_a_row() -> None:
    """产出指标（50分）数量指标（20分）…: points after a 二级 were read as the start of the name."""
    text = PLAIN + "产出指标（50分）数量指标（20分）古树复壮株数15株\n质量指标（15分）复壮古树成活率>90%\n"
    assert read(text) == [
        ("产出指标", "数量指标", "古树复壮株数", "15株"),
        ("产出指标", "质量指标", "复壮古树成活率", ">90%"),
    ]


def test_a_space_after_the_number_is_an_empty_cell_and_a_kind_is_no_comparator() -> None:
    """A flattening that leaves a space for each empty cell (4 质量指标…: the 一级 merged away), and 定量 in the
    指标性质 column, the comparator inside the value (定量≥90%): the 二级 after the space was read as the name's
    start, and ≥ as the comparator cell with 定量 in the name."""
    text = (
        "项目名称：示例渡口维护项目\n"
        "序号一级指标二级指标三级指标指标性质指标值度量单位分值\n"
        "1产出指标数量指标渡口巡检次数≥24次10\n"
        "2 质量指标渡口设施完好率定量≥90%10\n"
    )
    got = [(i.level2.name, i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [("数量指标", "渡口巡检次数", "24"), ("质量指标", "渡口设施完好率", "≥90")]


def test_a_grade_in_letters_starts_a_value() -> None:
    """B级及以上 after a name: no value start was found at a Latin letter, and the row had no value."""
    text = PLAIN + "产出指标质量指标渡口安全等级评定B级及以上\n"
    assert read(text) == [("产出指标", "质量指标", "渡口安全等级评定", "B级及以上")]


def test_a_scoring_rule_ending_in_kou_fen_ends_before_the_next_name() -> None:
    """The whole table on one line, a 评(扣)分标准 after each value: a rule ending 扣分 with no number (按比例扣分,
    酌情扣分) was not known to end, and the next row's name began with it."""
    text = (
        "项目名称：示例渡口维护项目 一级指标二级指标三级指标指标值评(扣)分标准"
        "产出指标数量指标渡口巡检次数24次未完成按比例扣分渡口维修座数3座酌情扣分码头清淤方量1200立方米按比例扣分\n"
    )
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [
        ("渡口巡检次数", "24次"),
        ("渡口维修座数", "3座"),
        ("码头清淤方量", "1200立方米"),
    ]


def test_rows_after_a_glued_row_of_doubtful_digits_are_read() -> None:
    """A self-evaluation on one line, actual value, 分值 and 得分 glued (31.861010: 31.86|10|10 or 31.861|0|10?):
    those cells are reported, not read, but the row ends where its readings all end, and the rows after it
    were lost with it (the rest of the grid read as one row)."""
    text = (
        "项目名称：示例渡口维护项目 一级指标二级指标三级指标指标性质年度指标值计量单位实际完成值分值得分偏差原因及改进措施"
        "产出指标数量指标渡口巡检次数≥24次261010渡口维修座数≥3座355码头清淤方量≥1200立方米130055\n"
    )
    found = indicators(text)
    assert [(i.name, i.annual_target.raw, i.weight) for i in found] == [
        ("渡口巡检次数", "24", None),
        ("渡口维修座数", "3", None),
        ("码头清淤方量", "1200", None),
    ]
    assert any("261010" in d for d in diagnostics(text))


def test_a_weight_before_the_next_number_of_a_numbered_grid_takes_the_digits_before_it() -> None:
    """Numbered rows on one line with a 分值 last: 10 and the next 序号 2 glue into 102. A cut inside a number
    was taken only where the digits after it read as no value (≥4|5人 may be ≥45人), and 102 reads: the rows
    were not cut at all."""
    text = (
        "项目名称：示例渡口维护项目 序号三级指标年度指标值分值"
        "1渡口巡检次数24次102渡口维修座数3座103码头清淤方量1200立方米8\n"
    )
    assert [(i.seq, i.name, i.annual_target.raw, i.weight) for i in indicators(text)] == [
        (1, "渡口巡检次数", "24次", Decimal("10")),
        (2, "渡口维修座数", "3座", Decimal("10")),
        (3, "码头清淤方量", "1200立方米", Decimal("8")),
    ]


def test_a_numbered_row_whose_value_does_not_read_ends_before_the_next_number() -> None:
    """A value of free words (以渡船为主) reads as no target: the row ended nowhere, and with a 分值 before the
    next 序号 (…行业标准5|4渡口…) no place after a number was taken for the row's end: the rest of the grid was
    one row."""
    text = (
        "项目名称：示例渡口维护项目 序号三级指标指标值及单位绩效标准分值"
        "1渡口巡检次数24次计划标准102渡运方式以渡船为主行业标准53渡口维修座数3座计划标准5\n"
    )
    got = [(i.seq, i.name, i.weight) for i in indicators(text)]
    assert got[0] == (1, "渡口巡检次数", Decimal("10"))
    assert got[-1] == (3, "渡口维修座数", Decimal("5"))
    assert len(got) == 3


def test_a_cost_level_with_points_under_output_is_its_level_2() -> None:
    """成本指标 names a 一级 and a 二级; under 产出指标 it is the 二级, and so it is with its points (成本指标（5分）):
    with points it was taken for a new 一级 and the row had no 二级."""
    text = PLAIN + "产出指标（50分）数量指标（20分）古树复壮株数15株\n成本指标（5分）单株复壮费用0.3-0.8万元\n"
    assert read(text)[-1] == ("产出指标", "成本指标", "单株复壮费用", "0.3-0.8万元")


def test_a_header_repeated_after_a_page_break_goes_on_counting() -> None:
    """Flattened numbered rows, the header printed again on each page: the count of 序号 started again at 1 after
    it, so row 11 read as 序号 1 and a name starting with 1."""
    header = "序号指标名称年度指标值\n"
    rows = "".join(f"{header}{n}渡口巡检第{n}季度≥95%\n" for n in range(9, 13))
    text = "项目名称：示例渡口维护项目\n" + rows
    assert [(i.seq, i.name) for i in indicators(text)] == [(n, f"渡口巡检第{n}季度") for n in range(9, 13)]


@pytest.mark.parametrize("blank", [" ", "\u00a0", "\u3000"])
def test_an_empty_cell_left_as_a_blank_is_a_cell_boundary(blank: str) -> None:
    """A copy that kept an empty 度量单位 as a blank (a space, a no-break space from a web page, an ideographic
    space): the number before it is whole (0.58, not 0.5 and a weight 8 taken from its last digit), and no cell
    keeps the blank."""
    text = CODED + f"效益指标可持续影响指标渠系水利用系数≥0.62{blank}8正向以测算成果为准\n"
    [got] = indicators(text)
    assert (got.annual_target.raw, got.annual_target.value, got.weight) == ("0.62", Decimal("0.62"), Decimal(8))
    assert got.extra == {"指标方向性": "正向", "指标解释": "以测算成果为准"}


@pytest.mark.parametrize("blank", ["", " ", "\u00a0"])
def test_an_actual_after_an_empty_unit_is_a_whole_value(blank: str) -> None:
    """A coded self-evaluation: 定性 and a value of words leave the 度量单位 empty (a blank, or nothing), and the
    actual after it is a whole value with its own words and unit (较上年增长4.2%), not a bare number."""
    text = (
        "项目名称：示例牧草补播项目\n一级指标二级指标三级指标计算符号年度指标值度量单位实际完成值权重得分\n"
        f"效益指标生态效益指标补播草地盖度定性逐步提高{blank}较上年增长4.2%86\n"
    )
    [got] = indicators(text)
    assert (got.name, got.annual_target.raw, got.actual.raw) == ("补播草地盖度", "逐步提高", "较上年增长4.2%")
    assert (got.weight, got.score) == (Decimal(8), Decimal(6))


def test_page_numbers_glued_into_a_document_pasted_as_one_line_are_furniture():
    """A two-page PDF selected and pasted as one line: the foot 1/2 glued to the weight before the repeated
    header (…10 then 1/2: 101/2), and 2/2 to the last weight (82/2). The feet are page furniture, not a weight
    101 or a value; the numbering tells where each starts."""
    header = "序号三级指标指标值权重"
    first = "".join(f"{k}{name}{value}{weight}" for k, (name, value, weight) in enumerate(PAGE_ONE, 1))
    second = "".join(f"{k}{name}{value}{weight}" for k, (name, value, weight) in enumerate(PAGE_TWO, 4))
    line = "项目名称示例古井保护项目" + header + first + "1/2" + header + second + "2/2"
    got = [(i.name, i.annual_target.raw, i.weight) for i in indicators(line + "\n")]
    assert got == [(name, value, Decimal(weight)) for name, value, weight in (*PAGE_ONE, *PAGE_TWO)]


PAGE_ONE = [("修缮古井数量", "12口", "5"), ("古井水质检测频次", "每季度1次", "15"), ("井台防滑改造", "12处", "10")]
PAGE_TWO = [
    ("修缮工程验收合格率", "100%", "20"),
    ("古井周边群众满意度", "≥90%", "15"),
    ("单口古井修缮成本", "≤3万元", "20"),
]


def test_a_weight_ending_in_the_digit_of_the_next_number_in_a_numbered_line():
    """序号 2 after a weight of 20 (…12口202古井…): the first 2 was taken for the next 序号 (a row with no weight,
    then 序号 202); a later place reads the row whole, weight 20 and 序号 2."""
    rows = [("修缮古井数量", "12口", "20"), ("古井水质检测频次", "每季度1次", "15"), ("井台防滑改造", "12处", "10")]
    line = "项目名称示例古井保护项目序号三级指标指标值权重" + "".join(
        f"{k}{name}{value}{weight}" for k, (name, value, weight) in enumerate(rows, 1)
    )
    got = [(i.seq, i.name, i.annual_target.raw, i.weight) for i in indicators(line + "\n")]
    assert got == [(k, name, value, Decimal(weight)) for k, (name, value, weight) in enumerate(rows, 1)]


def test_a_direction_printed_before_the_value_ends_the_name():
    """指标方向性 between the name and 指标值及单位: the name ran on to the first word a value may start with
    (古井|周边清淤正向3000平方米), the name's end and the direction word read as the value."""
    text = (
        "项目名称：示例古井保护项目\n一级指标二级指标三级指标指标方向性指标值及单位绩效标准\n"
        "产出指标数量指标古井周边清淤正向3000平方米计划标准\n效益指标社会效益指标古井周边环境投诉反向同比减少30%以上行业标准\n"
    )
    assert [(i.name, i.annual_target.raw, i.extra.get("指标方向性")) for i in indicators(text)] == [
        ("古井周边清淤", "3000平方米", "正向"),
        ("古井周边环境投诉", "同比减少30%以上", "反向"),
    ]


def test_a_unit_after_a_comparator_printed_after_the_value():
    """指标值 before 指标性质, then 度量单位 (120|≥|口|8): a unit was only looked for right after a number, so
    no row of such a grid split, and the value ran into the name."""
    text = (
        "项目名称：示例古井保护项目\n一级指标二级指标三级指标指标值指标性质度量单位权重（%）指标值确定依据\n"
        "产出指标数量指标修缮古井数量120≥口8上年普查台账\n质量指标修缮工程验收合格率100＝%10验收规范\n"
    )
    got = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit, i.weight)
        for i in indicators(text)
    ]
    assert got == [
        ("修缮古井数量", "120", ">=", "口", Decimal(8)),
        ("修缮工程验收合格率", "100", "=", "%", Decimal(10)),
    ]


def test_a_dash_for_an_empty_direction_before_the_comparator():
    """指标方向性 printed before 指标性质 and left as a dash (古井档案管理|—|定性|账实相符): the dash is the empty
    cell, not the end of the name; a dash after a digit stays a range's (35-64岁)."""
    text = (
        "项目名称：示例古井保护项目\n一级指标二级指标三级指标指标方向性指标性质指标值计量单位分值\n"
        "产出指标质量指标古井档案管理—定性账实相符10\n成本指标经济成本指标单口古井修缮成本—≤3万元/口10\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.comparator) for i in indicators(text)]
    assert got == [("古井档案管理", "账实相符", None), ("单口古井修缮成本", "3", "<=")]


def test_a_numbered_line_whose_next_name_starts_with_a_roman_numeral():
    """序号 7 before Ⅰ类古井巡查: a name may start with a Roman numeral, but the next 序号 was looked for only
    before a letter, a digit or a Chinese character, so the row ran on to the end of the line."""
    rows = [
        ("修缮古井数量", "12口", "20"),
        ("Ⅰ类古井巡查频次", "每月1次", "15"),
        ("Ⅱ类古井巡查频次", "每季度1次", "10"),
    ]
    line = "项目名称示例古井保护项目序号三级指标指标值权重" + "".join(
        f"{k}{name}{value}{weight}" for k, (name, value, weight) in enumerate(rows, 1)
    )
    got = [(i.seq, i.name, i.annual_target.raw, i.weight) for i in indicators(line + "\n")]
    assert got == [(k, name, value, Decimal(weight)) for k, (name, value, weight) in enumerate(rows, 1)]


def test_a_seq_written_with_a_closing_bracket_alone():
    # 1） 2）: the bracket was read as the name's first character
    text = "项目名称：示例渡口改造\n序号指标内容年度指标值权重（%）\n1）新建趸船2艘10\n2）改造码头泊位≥3个10\n"
    assert [(i.name, i.annual_target.raw, i.weight) for i in indicators(text)] == [
        ("新建趸船", "2艘", Decimal(10)),
        ("改造码头泊位", "≥3个", Decimal(10)),
    ]


def test_a_grade_of_one_character_inside_a_name_before_free_text_is_no_value():
    # 集中: 中 is a grade (优良中差), but between two words before free text it is the name's
    text = "项目名称：示例渡口改造\n序号指标名称指标值评(扣)分标准分值\n(一)渡工集中培训1次/月少1次扣0.5分8\n"
    assert [(i.name, i.annual_target.raw, dict(i.extra), i.weight) for i in indicators(text)] == [
        ("渡工集中培训", "1次/月", {"评(扣)分标准": "少1次扣0.5分"}, Decimal(8))
    ]


def test_rows_joined_by_an_ideographic_space_each_led_by_a_seq_with_a_closing_bracket():
    # 2） after the space starts a row: only 2、 2. or a word had, and the whole grid was one row
    line = "\u3000".join(
        [
            "项目名称示例渡口改造项目",
            "序号指标内容年度指标值权重（%）",
            "1）新建趸船2艘10",
            "2）改造码头泊位≥3个10",
            "3）渡运安全事故0起10",
        ]
    )
    assert [(i.name, i.annual_target.raw, i.weight) for i in indicators(line + "\n")] == [
        ("新建趸船", "2艘", Decimal(10)),
        ("改造码头泊位", "≥3个", Decimal(10)),
        ("渡运安全事故", "0起", Decimal(10)),
    ]


def test_values_of_words_the_normalizer_reads_start_where_their_first_words_do():
    # 逢船必检, 国Ⅴ及以上, 每学期开学前, 建立并运行: read by the normalizer, but no value was looked for at 逢, 国Ⅴ,
    # 每学期 or 建立, and each row stayed a name
    text = "项目名称：示例渡口改造项目\n一级指标二级指标三级指标指标值绩效标准分值\n" + "".join(
        [
            "产出指标质量指标渡船安全检查逢船必检行业标准6\n",
            "渡船排放标准国Ⅴ及以上行业标准6\n",
            "时效指标渡船年度检验每学期开学前计划标准6\n",
            "效益指标可持续影响指标渡口管护机制建立并运行计划标准6\n",
        ]
    )
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [
        ("渡船安全检查", "逢船必检"),
        ("渡船排放标准", "国Ⅴ及以上"),
        ("渡船年度检验", "每学期开学前"),
        ("渡口管护机制", "建立并运行"),
    ]


def test_a_verb_of_doing_or_changing_before_a_number_starts_a_value():
    # 举办3期, 新开发15款, 净增80人, 培育1-2个, 减少15%左右: the verb is the value's (no name ends in it before a number
    # of its own), where the value had started at the number and the verb gone to the name
    text = PLAIN + "".join(
        [
            "产出指标数量指标渡工技能培训班举办3期\n",
            "渡口文创产品开发新开发15款\n",
            "持证渡工人数净增80人\n",
            "渡口示范点培育1-2个\n",
            "效益指标生态效益指标渡船燃油使用量减少15%左右\n",
        ]
    )
    assert [(name, value) for _, _, name, value in read(text)] == [
        ("渡工技能培训班", "举办3期"),
        ("渡口文创产品开发", "新开发15款"),
        ("持证渡工人数", "净增80人"),
        ("渡口示范点", "培育1-2个"),
        ("渡船燃油使用量", "减少15%左右"),
    ]


def test_a_value_leaves_the_name_three_characters_at_least():
    # 安全 is a state a value may be (考试|安全), but 消防|安全 leaves a name of two characters, which hardly any name
    # is: the value starts at the later place that reads (每月一次), 安全 stays in the name
    text = "项目名称：示例消防设施项目\n一级指标二级指标三级指标指标值评价依据\n" + "".join(
        [
            "产出指标质量指标消防安全检查每月一次检查台账\n",
            "网络安全等级保护测评通过测评报告\n",
            "时效指标隐患整改时限7日内整改记录\n",
        ]
    )
    assert [(name, value) for _, _, name, value in read(text)] == [
        ("消防安全检查", "每月一次"),
        ("网络安全等级保护测评", "通过"),
        ("隐患整改时限", "7日内"),
    ]


def test_a_fraction_in_words_starts_a_value():
    # 万分之五以下: the value had started at 五, 万分之 left to the name
    text = PLAIN + "产出指标质量指标渡船安全事故发生率万分之五以下\n"
    assert [(name, value) for _, _, name, value in read(text)] == [("渡船安全事故发生率", "万分之五以下")]


def test_two_numbers_glued_are_parted_only_where_they_part_one_way():
    # 实施期 and 年度 指标值 glued: 1.21.2 parts only as 1.2|1.2 and 9,0003,000 only as 9,000|3,000; 240080 parts
    # many ways (2400|80, 240|080 no, 24008|0 …) and stays unread: no reading of it is certain. A number written
    # twice is the two periods alike (100100 as 100|100, 12001200 as 1200|1200), not one number with no second;
    # 3012 is one number or two (30|12, 301|2) and stays unread.
    text = "项目名称：示例渡口改造项目\n一级指标二级指标三级指标指标性质实施期指标值年度指标值度量单位权重\n" + "".join(
        [
            "产出指标成本指标趸船单位造价≤1.21.2万元/艘6\n",
            "数量指标渡运人次≥9,0003,000人次10\n",
            "渡运航次≥240080次10\n",
            "质量指标渡船安检合格率=100100%10\n",
            "成本指标船员年补贴=12001200元/人·年5\n",
            "时效指标聘用渡工=3012名10\n",
        ]
    )
    got = [
        (i.name, i.period_target.raw if i.period_target else None, i.annual_target.raw if i.annual_target else None)
        for i in indicators(text)
    ]
    assert got == [
        ("趸船单位造价", "1.2", "1.2"),
        ("渡运人次", "9,000", "3,000"),
        ("渡运航次", None, None),
        ("渡船安检合格率", "100", "100"),
        ("船员年补贴", "1200", "1200"),
        ("聘用渡工", None, None),
    ]
    assert indicators(text)[3].annual_target.value == Decimal(100)
    assert indicators(text)[1].annual_target.value == Decimal(3000)


def test_rows_joined_by_an_escaped_line_break():
    # a scraper's text field written out raw: the whole table on one line, its rows joined by the two characters
    # \n (backslash, n); cells keep their place on the file's one line, diagnostics too
    rows = [
        "示例市某某区2025年项目支出绩效目标表",
        "项目名称示例市某某区社区书屋运营项目",
        "主管部门示例市某某区文化广电旅游体育局",
        "联系电话0000-00000000",
        "项目资金（万元）年度资金总额36.00其中：财政拨款36.00",
        "年度目标运营社区书屋20个。",
        "一级指标二级指标三级指标指标值权重（%）",
        "产出指标数量指标运营社区书屋20个30",
        "效益指标社会效益指标年借阅量≥3万册次40",
        "满意度指标服务对象满意度指标读者满意度≥90%30",
    ]
    text = "\\n".join(rows) + "\n"
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    assert project.name == "示例市某某区社区书屋运营项目"
    assert project.goal == "运营社区书屋20个。"
    assert project.amounts.total == Decimal("36.00")
    got = [(i.level1.name, i.level2.name, i.name, i.annual_target and i.annual_target.raw) for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "运营社区书屋", "20个"),
        ("效益指标", "社会效益指标", "年借阅量", "≥3万册次"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ]
    start, end = project.indicators[1].span
    assert text[start:end] == "效益指标社会效益指标年借阅量≥3万册次40"
    (kept,) = [d for d in project.diagnostics if d.message.startswith("联系电话")]
    assert (kept.line, kept.column, kept.text) == (1, text.index("0000-00000000") + 1, "0000-00000000")


def test_a_negative_value_between_its_comparator_and_unit_columns():
    # a freezer's temperature, ≤ | -18 | ℃ glued: the minus is the value's (it had been a placeholder value -, and
    # 18 the weight)
    text = (
        "项目名称示例冷库项目\n"
        "一级指标二级指标三级指标符号指标值计量单位分值\n"
        "产出指标质量指标冷冻库设计温度≤-18℃5\n"
        "产出指标质量指标冷藏库设计温度≤4℃5\n"
    )
    got = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.value, i.annual_target.unit, i.weight)
        for i in indicators(text)
    ]
    assert got == [
        ("冷冻库设计温度", "-18", "<=", Decimal(-18), "℃", Decimal(5)),
        ("冷藏库设计温度", "4", "<=", Decimal(4), "℃", Decimal(5)),
    ]


def test_a_mark_for_an_empty_direction_and_a_value_that_does_not_happen():
    # a 指标方向性 left empty with a / (…录入省级平台|/|定性|全部录入: the / had ended the name), and 不发生, a value
    # cell the normalizer keeps as text, after a name (…返黑返臭|不发生: it had been read into the name)
    text = (
        "项目名称示例水库管护项目\n"
        "一级指标二级指标三级指标指标方向性符号指标值计量单位分值\n"
        "产出指标数量指标巡库次数正向≥24次10\n"
        "产出指标质量指标管护台账录入省级平台/定性全部录入10\n"
        "一级指标二级指标三级指标指标值备注\n"
        "效益指标生态效益指标水库水质返黑返臭不发生\n"
        "效益指标生态效益指标库区垃圾清运率100%按月清运\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.kind, i.extra) for i in indicators(text)]
    assert got == [
        ("巡库次数", "24", "quantity", {"指标方向性": "正向"}),
        ("管护台账录入省级平台", "全部录入", "qualitative", {}),
        ("水库水质返黑返臭", "不发生", "text", {}),
        ("库区垃圾清运率", "100%", "quantity", {"备注": "按月清运"}),
    ]


def test_a_word_with_a_numeral_character_starts_no_value():
    # 一线 (front-line) is a word, not the number one: the name runs on to the comparator (it had been 施工现场,
    # the value 一线人员满意度≥85% read with a subject)
    text = (
        "项目名称示例工地监督项目\n"
        "一级指标二级指标三级指标指标值权重\n"
        "满意度指标服务对象满意度指标施工现场一线人员满意度≥85%10\n"
        "满意度指标服务对象满意度指标建设单位满意度≥90%10\n"
    )
    got = [(i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [("施工现场一线人员满意度", "≥85%"), ("建设单位满意度", "≥90%")]


def test_a_value_with_a_note_that_holds_a_number():
    # 5所（分布于4个社区）: a value cell (kept as text: the number in its note may change its meaning), not the
    # name's middle; the row had been read as one name up to a value 2分 in the 评分标准
    text = (
        "项目名称示例校园安全项目\n"
        "一级指标二级指标指标内容目标值分值评分标准\n"
        "产出指标数量指标安装校园监控学校数5所（分布于4个社区）8每少1所扣2分\n"
        "产出指标数量指标开展安全演练≥4次8按完成比例计分\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.kind, i.weight, i.extra) for i in indicators(text)]
    assert got == [
        ("安装校园监控学校数", "5所（分布于4个社区）", "text", Decimal(8), {"评分标准": "每少1所扣2分"}),
        ("开展安全演练", "≥4次", "quantity", Decimal(8), {"评分标准": "按完成比例计分"}),
    ]


def test_a_period_word_inside_a_name_is_no_value_before_free_text():
    # 年度 in a name (档案年度检查, 企业年度报告公示率) read as a whole value of a period, the rest of the row as the
    # 指标解释: a later value that reads is the row's (全覆盖, ≥90%); 按季度 before free text stays a value
    text = (
        "项目名称示例档案管理项目\n"
        "一级指标二级指标三级指标目标值指标解释权重（%）\n"
        "产出指标数量指标档案年度检查全覆盖按年度计划5\n"
        "产出指标质量指标企业年度报告公示率≥90%按年报系统统计5\n"
        "产出指标时效指标补贴资金结算周期按季度根据台账结算5\n"
    )
    got = [(i.name, i.annual_target.raw, i.extra) for i in indicators(text)]
    assert got == [
        ("档案年度检查", "全覆盖", {"指标解释": "按年度计划"}),
        ("企业年度报告公示率", "≥90%", {"指标解释": "按年报系统统计"}),
        ("补贴资金结算周期", "按季度", {"指标解释": "根据台账结算"}),
    ]


def test_rows_joined_by_html_breaks_with_entities_and_a_header_the_model_does_not_know():
    # a web page's text: rows joined by <br/>, < written &lt; (the value reads <5%, its raw text as written); the
    # grid header's last name 指标值说明 is no name the model knows (kept in extra, with a warning): it had made
    # the header unreadable, and every row with it
    rows = [
        "示例市某某区2025年项目支出绩效目标表",
        "项目名称示例市某某区社区书屋运营项目",
        "项目资金（万元）年度资金总额36.00其中：财政拨款36.00",
        "一级指标二级指标三级指标指标值权重指标值说明",
        "产出指标数量指标运营社区书屋20个30按年度计划",
        "效益指标社会效益指标读者投诉率&lt;5%40投诉台账",
        "满意度指标服务对象满意度指标读者满意度≥90%30问卷调查",
    ]
    text = "<br/>".join(rows) + "\n"
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    got = [(i.name, i.annual_target.raw, i.weight, i.extra) for i in project.indicators]
    assert got == [
        ("运营社区书屋", "20个", Decimal(30), {"指标值说明": "按年度计划"}),
        ("读者投诉率", "<5%", Decimal(40), {"指标值说明": "投诉台账"}),
        ("读者满意度", "≥90%", Decimal(30), {"指标值说明": "问卷调查"}),
    ]
    assert project.indicators[1].annual_target.comparator == "<"
    start, end = project.indicators[1].span
    assert text[start:end] == "效益指标社会效益指标读者投诉率&lt;5%40投诉台账"
    assert [d.message for d in project.diagnostics] == ["column 指标值说明 is not one the model names; kept in extra"]


def test_a_flattened_header_that_parses_into_a_value_twice():
    # 序号指标名称年度指标值指标值说明 parses as the names 年度指标值, 指标值 and 说明 (a value column twice, and a
    # word that names no field): its last name is 指标值说明, one the model does not know (kept in extra)
    text = (
        "项目名称示例视频监控运维项目\n"
        "序号指标名称年度指标值指标值说明\n"
        "1、视频监控点位在线率≥95%平台自动统计\n"
        "2、运维巡检1次/月运维日志\n"
    )
    got = [(i.name, i.annual_target.raw, i.extra) for i in indicators(text)]
    assert got == [
        ("视频监控点位在线率", "≥95%", {"指标值说明": "平台自动统计"}),
        ("运维巡检", "1次/月", {"指标值说明": "运维日志"}),
    ]


def test_a_one_line_copy_of_cells_one_space_apart_and_rows_glued():
    # a form field that strips line breaks: the cells of a row one space apart, the rows glued with nothing
    # between them (…20个 20质量指标…); the grid header's names one space apart had hidden the whole table in
    # the goal. The spaces between cells are where the row is cut (书屋管理制度 | 建立健全, not …建立 | 健全); one
    # after a Latin letter stays in its cell (GB 50016)
    text = (
        "示例市某某区2025年项目支出绩效目标表项目名称 示例市某某区社区书屋运营项目 主管部门 示例市某某区文化广电旅游体育局"
        "实施单位 示例市某某区图书馆项目资金（万元） 年度资金总额 36.00 其中：财政拨款 36.00年度目标 运营社区书屋20个。"
        "一级指标 二级指标 三级指标 指标值 权重（%）"
        "产出指标 数量指标 运营社区书屋 20个 20质量指标 书屋消防设施符合GB 50016 全部符合 10"
        "时效指标 书屋开放时间 每周不少于40小时 10效益指标 社会效益指标 年借阅量 ≥3万册次 20"
        "可持续影响指标 书屋管理制度 建立健全 20满意度指标 服务对象满意度指标 读者满意度 ≥90% 20\n"
    )
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    assert project.name == "示例市某某区社区书屋运营项目"
    assert project.goal == "运营社区书屋20个。"
    got = [(i.level1.name, i.level2.name, i.name, i.annual_target.raw, i.weight) for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "运营社区书屋", "20个", Decimal(20)),
        ("产出指标", "质量指标", "书屋消防设施符合GB 50016", "全部符合", Decimal(10)),
        ("产出指标", "时效指标", "书屋开放时间", "每周不少于40小时", Decimal(10)),
        ("效益指标", "社会效益指标", "年借阅量", "≥3万册次", Decimal(20)),
        ("效益指标", "可持续影响指标", "书屋管理制度", "建立健全", Decimal(20)),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", Decimal(20)),
    ]
    start, end = project.indicators[4].span
    assert text[start:end] == "可持续影响指标 书屋管理制度 建立健全 20"


def test_a_wrapped_copy_of_a_numbered_table_with_no_categories():
    # a PDF viewer's copy of a table with no category columns: the spaces where cells wrapped are told by the
    # header block, whose values hold them (…检测专 项项目属性, 养护 中心) with none beside a key; a space after a
    # number's digits goes too (不少于2 次). Its 序号 is numbered within parts (1-1, 1-2, 2-1), which had been
    # read as 1 and a name starting -1
    text = "".join(
        [
            "示例市某某区2025年项目支出绩效目标表\n",
            "项目名称示例市某某区城市桥梁定期检测专 项项目属性延续项目\n",
            "主管部门示例市某某区住房和城乡建设局实施单位示例市某某区市政设施养护 中心\n",
            "项目资金（万元）年度资金总额48.00其中：财政拨款48.00\n",
            "年度目标完成全区桥梁定期检测，及时发现 并处置病害。\n",
            "序号指标内容指标值指标值确定依据\n",
            "1-1桥梁定期检测座数36座年度工作计划\n",
            "1-2病害复查每座每年不少于2 次养护规范\n",
            "2-1检测报告合格率100%行业标准\n",
        ]
    )
    document = parse_document(text)
    (unit,) = document.units
    (project,) = unit.projects
    assert unit.name == "示例市某某区市政设施养护中心"
    assert project.name == "示例市某某区城市桥梁定期检测专项"
    assert project.goal == "完成全区桥梁定期检测，及时发现并处置病害。"
    got = [(i.name, i.annual_target.raw, i.extra) for i in project.indicators]
    assert got == [
        ("桥梁定期检测座数", "36座", {"指标值确定依据": "年度工作计划"}),
        ("病害复查", "每座每年不少于2次", {"指标值确定依据": "养护规范"}),
        ("检测报告合格率", "100%", {"指标值确定依据": "行业标准"}),
    ]
    start, end = project.indicators[1].span
    assert text[start:end] == "1-2病害复查每座每年不少于2 次养护规范"
    assert project.indicators[1].annual_target.value == 2


def test_a_copy_that_breaks_wrapped_cells_with_a_space():
    # a PDF viewer's copy puts a space where a cell's line wrapped (可持续影响指 标, 满意 度, 15分钟 内): the
    # spaces were read as empty cells and the categories were not found; cells keep their place in the file
    text = "".join(
        [
            "项目名称示例渡口改造项 目\n",
            "一级指标二级指标指标名称指标值权重 （%）\n",
            "产出指标 （50分）数量指标新建趸船2艘10\n",
            "时效指标渡运响应时间接到电话后15分钟 内10\n",
            "效益指标可持续影响指 标渡口长效管护机制建立健 全10\n",
            "满意度指标服务对象满意 度指标乘客满意度≥90%10\n",
        ]
    )
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    got = [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in project.indicators]
    assert project.name == "示例渡口改造项目"
    assert got == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "时效指标", "渡运响应时间", "接到电话后15分钟内"),
        ("效益指标", "可持续影响指标", "渡口长效管护机制", "建立健全"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ]
    value = project.indicators[1].annual_target
    start, end = project.indicators[1].span
    assert text[start:end].replace(" ", "").endswith("接到电话后15分钟内10")
    assert value.comparator == "<=" and value.value == 15


def test_two_ranges_of_a_share_written_the_same_part_where_the_second_starts():
    # 每户2万-4万元|每户2万-4万元: the first value is not read on into the second's 每户 (a range with words after
    # it), nor does the name take 每户2万 and leave -4万元 a value of its own
    text = (
        "项目名称：示例农房抗震改造项目\n一级指标二级指标三级指标实施期指标值年度指标值指标说明\n"
        "成本指标经济成本指标农房抗震改造补助每户2万-4万元每户2万-4万元按房屋等级分档\n"
    )
    got = [(i.name, i.period_target.raw, i.annual_target.raw, i.annual_target.unit) for i in indicators(text)]
    assert got == [("农房抗震改造补助", "每户2万-4万元", "每户2万-4万元", "万元/户")]


def test_a_tolerance_starts_a_value():
    # ±3%以内 (kept as text by the normalizer): a value cell, the name does not take its ±
    text = PLAIN.replace("指标值", "指标值分值") + "产出指标成本指标河道保洁成本偏差±3%以内5\n"
    got = [(i.name, i.annual_target.raw, i.weight) for i in indicators(text)]
    assert got == [("河道保洁成本偏差", "±3%以内", Decimal(5))]


def test_a_lone_zero_before_the_points_is_a_cell_of_its_own():
    # ≤2%|0|5|5: an actual of 0 (no number is written 05) before the points, not ≤2% and an actual 05
    text = SELF + "产出指标质量指标防汛物资抽检不合格率≤2%055\n"
    got = [(i.name, i.annual_target.raw, i.actual.raw, i.weight, i.score) for i in indicators(text)]
    assert got == [("防汛物资抽检不合格率", "≤2%", "0", Decimal(5), Decimal(5))]


def test_a_placeholder_row_of_its_chinese_sequence_number_alone():
    # 三 alone on its line (a placeholder row): no first line of the row after it wrapped (三四开展…), and the
    # numbering goes on (四, 五 cut from their names)
    text = (
        "项目名称：示例河道宣传项目\n序号三级指标年度指标值\n"
        "一发放护河宣传册≥3,000册\n二举办护河主题活动≥6场\n三\n四开展河长制进校园4次\n五护河志愿者人数≥200人\n"
    )
    got = [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        (1, "发放护河宣传册", "≥3,000册"),
        (2, "举办护河主题活动", "≥6场"),
        (4, "开展河长制进校园", "4次"),
        (5, "护河志愿者人数", "≥200人"),
    ]


def test_a_value_of_words_is_not_read_before_free_text_that_holds_a_comparison():
    # 贷款|按期|还款率≥95% (a value of words, then a 佐证材料 holding a comparison): the value is ≥95%, the name
    # 贷款按期还款率
    text = "项目名称：示例创业贷款项目\n序号三级指标年度指标值备注\n1贷款按期还款率≥95%银行报表\n"
    got = [(i.name, i.annual_target.raw, i.extra) for i in indicators(text)]
    assert got == [("贷款按期还款率", "≥95%", {"备注": "银行报表"})]


def test_a_one_line_copy_whose_cells_and_rows_stand_one_space_apart_with_its_header_block_laid_across() -> None:
    """A form field's one-line copy of a PDF table: every cell one space apart, rows too, the header block laid
    across (a run of keys, then their values in order). Each space stands for a cell's end, as a line break does
    one cell a line: the keys take their values, the rows their cells (empty cells gone, placed by content).
    Before, the three values after 项目名称 主管部门 实施单位 were read as one project name and the rows were cut
    inside their names (示例12345|热线…)."""
    text = (
        "示例市某某区2025年项目支出绩效目标表 项目名称 主管部门 实施单位 示例12345热线话务保障项目 "
        "示例市某某区政务服务数据管理局 示例市某某区热线服务中心 项目资金（万元） 年度资金总额 其中：财政拨款 "
        "其他资金 80.00 80.00 0.00 年度目标 接听群众来电不少于20万件。 一级指标 二级指标 三级指标 指标值 "
        "是否核心指标 产出指标 数量指标 受理12345热线来电 不少于20万件 是 回访来电人数 约6,000人 否 "
        "质量指标 工单按时办结率 ≥95% 是 满意度指标 服务对象满意度指标 来电群众满意率 九成以上 否\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert (project.name, project.department, project.implementer) == (
        "示例12345热线话务保障项目",
        "示例市某某区政务服务数据管理局",
        "示例市某某区热线服务中心",
    )
    assert (project.amounts.total, project.amounts.fiscal, project.amounts.other) == (
        Decimal("80.00"),
        Decimal("80.00"),
        Decimal("0.00"),
    )
    assert [(i.level1.name, i.level2.name, i.name, i.annual_target.raw, i.extra) for i in project.indicators] == [
        ("产出指标", "数量指标", "受理12345热线来电", "不少于20万件", {"是否核心指标": "是"}),
        ("产出指标", "数量指标", "回访来电人数", "约6,000人", {"是否核心指标": "否"}),
        ("产出指标", "质量指标", "工单按时办结率", "≥95%", {"是否核心指标": "是"}),
        ("满意度指标", "服务对象满意度指标", "来电群众满意率", "九成以上", {"是否核心指标": "否"}),
    ]
    # every cell placed where it stands on the one line
    (first, *_) = project.indicators
    start, end = first.span
    assert text[start:end] == "产出指标 数量指标 受理12345热线来电 不少于20万件 是"


def test_a_one_line_copy_whose_rows_are_one_space_apart_each_ending_in_a_scoring_rule() -> None:
    """A page's text content: the cells of a row glued, the rows one space apart, each ending in its 评分标准 then
    its 分值. A piece between two such spaces is one row: it is read as a row (its scoring rule's numbers, 每少1件
    扣0.5分, are no second row's). Before, such a row was taken for rows glued and not read."""
    text = (
        "示例县2025年项目支出绩效目标表 项目名称示例商标培育项目 主管部门示例县市场监督管理局 "
        "一级指标二级指标指标内容指标值评分标准分值 "
        "成本指标经济成本指标商标注册申请补助每件不超过500元超标准不得分10 地理标志申报服务费≤6万元超支不得分5 "
        "产出指标数量指标新增注册商标新增30件以上每少1件扣0.5分10 申报地理标志证明商标1件未申报不得分10 "
        "商标侵权专项执法行动2次少1次扣5分10 商标品牌指导站新建2个、提升3个按完成比例计分5\n"
    )
    assert read(text) == [
        ("成本指标", "经济成本指标", "商标注册申请补助", "每件不超过500元"),
        ("成本指标", "经济成本指标", "地理标志申报服务费", "≤6万元"),
        ("产出指标", "数量指标", "新增注册商标", "新增30件以上"),
        ("产出指标", "数量指标", "申报地理标志证明商标", "1件"),
        ("产出指标", "数量指标", "商标侵权专项执法行动", "2次"),
        ("产出指标", "数量指标", "商标品牌指导站", "新建2个、提升3个"),
    ]


def test_a_contact_key_on_its_line_ends_the_value_before_it() -> None:
    """联系人 (three characters, a key of no field) on its own line after 项目期: before, only keys of four
    characters or more (and 项目期) cut a flattened line, so the 项目期 read 1年联系人邝某某."""
    text = "项目名称示例电梯安全监察项目\n项目期1年\n联系人邝某某\n联系电话0000-62817435\n一级指标二级指标三级指标指标值\n产出指标数量指标电梯监督检查台次≥1200台次\n"
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert project.period == "1年"
    assert any("联系人 邝某某" in d.message for d in project.diagnostics)


def test_a_whole_table_on_one_line_with_its_rows_joined_by_commas() -> None:
    """A database's GROUP_CONCAT of a table's rows: one line, rows joined by ASCII commas (a number's thousands
    comma, 1,260个, is no join). Each row is read as a line of its own, placed where it stands on the line.
    Before, the rows were cut at category words only and the names after the first ran into the values."""
    rows = [
        "示例县2025年项目支出绩效目标表",
        "项目名称示例综合管廊运营维护项目",
        "主管部门示例县住房和城乡建设局",
        "项目属性延续项目项目期1年",
        "实施期目标保障管廊安全运行。",
        "年度目标完成管廊日常巡检。",
        "一级指标二级指标三级指标指标值权重指标方向",
        "产出指标数量指标管廊日常巡检里程≥86km/月8正向",
        "入廊管线监测点位1,260个6正向",
        "附属设施维修不少于45处次6正向",
        "质量指标管廊舱室温度≤40℃6反向",
        "效益指标社会效益指标因管线事故造成道路开挖0次10反向",
        "满意度指标服务对象满意度指标入廊管线单位满意度≥90%10正向",
    ]
    text = ",".join(rows) + "\n"
    assert read(text) == [
        ("产出指标", "数量指标", "管廊日常巡检里程", "≥86km/月"),
        ("产出指标", "数量指标", "入廊管线监测点位", "1,260个"),
        ("产出指标", "数量指标", "附属设施维修", "不少于45处次"),
        ("产出指标", "质量指标", "管廊舱室温度", "≤40℃"),
        ("效益指标", "社会效益指标", "因管线事故造成道路开挖", "0次"),
        ("满意度指标", "服务对象满意度指标", "入廊管线单位满意度", "≥90%"),
    ]
    (project,) = parse_document(text, form="columns").units[0].projects
    assert (project.name, project.period) == ("示例综合管廊运营维护项目", "1年")


@pytest.mark.parametrize("joint", ["-", ".", "．"])
def test_a_sequence_numbered_within_parts_by_any_joint_is_no_part_of_the_name(joint: str):
    """序号 in an outline, 1.1, 1.2, 2.1 (as 1-1, 1-2, 2-1): the flattened reader took 1 for the 序号 and .1 into
    the name."""
    rows = [("1", "1", "古桥栏杆修复", "8处"), ("1", "2", "桥面防滑处理率", "≥95%"), ("2", "1", "游客满意度", "≥90%")]
    lines = "".join(f"{a}{joint}{b}{name}{value}\n" for a, b, name, value in rows)
    text = "项目名称：示例古桥养护项目\n序号指标名称年度指标值\n" + lines
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [(n, v) for *_, n, v in rows]


def test_a_level_1_with_its_points_in_full_width_digits_is_cut_off_the_level_2():
    """产出指标（５０分）: points typed in full-width digits, glued before the 二级 as the ASCII ones are."""
    text = PLAIN + "产出指标（５０分）数量指标栽植行道树≥400株\n效益指标（３０分）社会效益指标林荫道路覆盖率≥85%\n"
    assert read(text) == [
        ("产出指标", "数量指标", "栽植行道树", "≥400株"),
        ("效益指标", "社会效益指标", "林荫道路覆盖率", "≥85%"),
    ]


def test_labels_centred_between_two_rows_stand_on_lines_of_their_own():
    """A PDF copy of labels centred on their blocks: where a block's middle falls between two rows, its label
    comes on a line of its own between them (产出指标质量指标 between the 质量 block's two rows). Such a line
    had been glued to the row after it as a wrapped row's first line, and the labels laid one row low."""
    text = PLAIN + "".join(
        [
            "新增长者食堂4家\n",
            "数量指标助餐服务人次≥12000人次\n",
            "送餐上门户数300户\n",
            "食品安全抽检合格率100%\n",
            "产出指标质量指标\n",
            "餐具消毒合规率100%\n",
            "补助资金拨付时间2025年6月30日前\n",
            "时效指标\n",
            "食堂改造完工时间2025年3月底前\n",
            "老年人就餐便利度明显提升\n",
            "效益指标社会效益指标\n",
            "食堂周边居民参与度逐步提高\n",
        ]
    )
    assert read(text) == [
        ("产出指标", "数量指标", "新增长者食堂", "4家"),
        ("产出指标", "数量指标", "助餐服务人次", "≥12000人次"),
        ("产出指标", "数量指标", "送餐上门户数", "300户"),
        ("产出指标", "质量指标", "食品安全抽检合格率", "100%"),
        ("产出指标", "质量指标", "餐具消毒合规率", "100%"),
        ("产出指标", "时效指标", "补助资金拨付时间", "2025年6月30日前"),
        ("产出指标", "时效指标", "食堂改造完工时间", "2025年3月底前"),
        ("效益指标", "社会效益指标", "老年人就餐便利度", "明显提升"),
        ("效益指标", "社会效益指标", "食堂周边居民参与度", "逐步提高"),
    ]
    assert diagnostics(text) == []  # (no label line is a placeholder row)


def test_a_flattened_block_line_of_the_people_beside_a_project_is_no_part_of_the_line_above():
    """经办人某某某联系方式…: keys of no field, on a line of their own (项目期 had read 1年经办人某某某)."""
    text = (
        "项目名称示例社区长者食堂运营补助\n项目属性新增项目项目期1年\n经办人某某某联系方式0000-12345678\n"
        "一级指标二级指标三级指标指标值\n产出指标数量指标新增长者食堂4家\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert (project.attribute, project.period) == ("新增项目", "1年")
    assert [d.text for d in document.all_diagnostics()] == ["某某某", "0000-12345678"]  # (kept only there)


def test_an_empty_amount_then_a_goal_wrapped_over_two_lines():
    """其他资金 with no amount at a line's end, then 实施期目标 whose text a PDF cell wrapped onto the next line:
    the two lines of text are the goal's (the first had been taken for 其他资金's amount, not a number, and the
    goal was its second line only). 填报人 and 审核人 start lines of their own too."""
    text = (
        "项目名称示例海岛供水补助项目\n项目属性延续项目项目期1年\n填报人某某某填报人电话0000-12345678\n审核人某某某\n"
        "项目资金（万元）年度资金总额268.50其中：财政拨款268.50其他资金\n实施期目标保障3座海岛稳定供水，水质符合\n"
        "生活饮用水卫生标准。\n一级指标二级指标三级指标指标值\n产出指标数量指标供水海岛3座\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert project.period_goal == "保障3座海岛稳定供水，水质符合生活饮用水卫生标准。"
    assert (project.period, project.amounts.total, project.amounts.other) == ("1年", Decimal("268.50"), None)
    assert "其他资金 has no value" in [d.message for d in document.all_diagnostics()]


def test_labels_centred_on_the_lower_of_two_middle_rows_are_read_so_all_through_the_grid():
    """A PDF copy whose renderer puts the label of a block with an even number of rows on the lower of its two
    middle rows (数量指标 and 质量指标 each on the second of their two rows). Each such block reads as well one
    row longer, its label on the upper middle row; the rounding that fits the whole grid is the lower (a rate
    under 数量, the upper's reading, is a misfit): 抽检合格率 had been read under 数量指标."""
    text = PLAIN + "".join(
        [
            "新增长者食堂4家\n",
            "数量指标助餐服务人次≥12000人次\n",
            "产出指标食品安全抽检合格率100%\n",
            "质量指标餐具消毒合规率100%\n",
            "时效指标补助资金拨付时间2025年6月30日前\n",
        ]
    )
    assert read(text) == [
        ("产出指标", "数量指标", "新增长者食堂", "4家"),
        ("产出指标", "数量指标", "助餐服务人次", "≥12000人次"),
        ("产出指标", "质量指标", "食品安全抽检合格率", "100%"),
        ("产出指标", "质量指标", "餐具消毒合规率", "100%"),
        ("产出指标", "时效指标", "补助资金拨付时间", "2025年6月30日前"),
    ]


def test_a_centred_label_s_block_is_read_by_what_its_rows_targets_suggest():
    """A flattened copy with labels centred on their blocks, where a row's name suggests no 二级 but its target
    does (a deadline: 时效): the block reading that leaves the deadline under 时效指标 is taken, as the
    space-aligned reader does (the row had been read under 质量指标, its block one row longer)."""
    text = PLAIN + "".join(
        [
            "数量指标新增长者食堂4家\n",
            "产出指标质量指标餐具消毒合规率100%\n",
            "食堂改造2025年3月底前\n",
            "时效指标补助资金拨付2025年6月30日前\n",
        ]
    )
    assert [row[1] for row in read(text)] == ["数量指标", "质量指标", "时效指标", "时效指标"]


def test_labels_glued_after_the_last_cell_of_their_block_s_first_row():
    """A copy of a PDF whose merged cells are painted after the cells of the row where the merge starts: a label
    merged over two rows or more comes glued after that row's last cell (after its free text), a one-row block's
    label stays in place (经济效益指标 below, its 一级 效益指标 with its points after the row). Each is its block's
    label (the row had read the labels as the end of its free text, and its block had none)."""
    text = "项目名称：示例河道管护项目\n一级指标二级指标三级指标指标值分值指标说明\n" + "".join(
        [
            "新增长者食堂4家8按验收数计产出指标（50分）数量指标\n",
            "助餐服务人次≥12000人次8按系统登记数计\n",
            "时效指标补助资金拨付时间2025年6月30日前6\n",
            "经济效益指标带动就业岗位20个8按用工合同计效益指标（30分）\n",
            "社会效益指标老年人就餐便利度明显提升8\n",
        ]
    )
    assert read(text) == [
        ("产出指标", "数量指标", "新增长者食堂", "4家"),
        ("产出指标", "数量指标", "助餐服务人次", "≥12000人次"),
        ("产出指标", "时效指标", "补助资金拨付时间", "2025年6月30日前"),
        ("效益指标", "经济效益指标", "带动就业岗位", "20个"),
        ("效益指标", "社会效益指标", "老年人就餐便利度", "明显提升"),
    ]


def test_a_process_label_glued_after_a_row_s_last_number_but_not_a_word_ending_so():
    """The evaluation framework's 一级 过程 glued after its block's first row (after the score: …55过程) is the
    block's label, its 二级 资金管理 and 组织实施 in place; a free text ending in 全过程 is no label."""
    text = "项目名称：示例河道管护项目\n一级指标二级指标三级指标指标值分值得分说明\n" + "".join(
        [
            "资金管理资金拨付及时率100%55过程\n",
            "组织实施项目管理制度执行有效55\n",
            "产出指标数量指标巡查河道里程120公里1010巡查全过程\n",
        ]
    )
    assert read(text) == [
        ("过程", "资金管理", "资金拨付及时率", "100%"),
        ("过程", "组织实施", "项目管理制度执行", "有效"),
        ("产出指标", "数量指标", "巡查河道里程", "120公里"),
    ]


def test_a_code_column_first_is_cut_off_each_row_and_kept_in_extra():
    """指标编码 before the categories (C0101产出指标…): the code is its column's cell, not the start of the name."""
    text = (
        "项目名称：示例河道巡查项目\n指标编码一级指标二级指标三级指标指标值权重\n"
        "C0101产出指标数量指标巡河次数≥96次10\nC0102河道保洁面积≥12万平方米10\n"
    )
    found = indicators(text)
    assert [(i.level2.name, i.name, i.annual_target.raw, i.weight) for i in found] == [
        ("数量指标", "巡河次数", "≥96次", Decimal(10)),
        ("数量指标", "河道保洁面积", "≥12万平方米", Decimal(10)),
    ]
    assert [i.extra["指标编码"] for i in found] == ["C0101", "C0102"]


def test_a_unit_column_before_the_value_marks_where_the_name_ends():
    """序号/三级指标/计量单位/目标值/分值 glued: the unit (米, 人, % or / for none) ends the name, the value holds its
    own comparator, and its digits part from the 分值's where the 分值 reads (120|10, not 1201|0 or 12|010)."""
    text = (
        "项目名称：示例训练基地项目\n序号三级指标计量单位目标值分值\n"
        "1码头改造米12010\n2注册运动员人≥6010\n3训练天数天不少于28010\n4训练水域水质/Ⅲ类及以上5\n"
        "5配备率%10010\n6训练补助元/人·天605\n7安全事故起010\n"
    )
    assert [(i.name, i.annual_target.raw, i.weight) for i in indicators(text)] == [
        ("码头改造", "120", Decimal(10)),
        ("注册运动员", "≥60", Decimal(10)),
        ("训练天数", "不少于280", Decimal(10)),
        ("训练水域水质", "Ⅲ类及以上", Decimal(5)),
        ("配备率", "100", Decimal(10)),
        ("训练补助", "60", Decimal(5)),
        ("安全事故", "0", Decimal(10)),
    ]


def test_a_row_quoted_over_two_lines_as_a_spreadsheet_copies_a_cell_with_a_line_break():
    """TEXTJOIN of a row whose label holds a line break, pasted: the row comes quoted over its two lines."""
    text = PLAIN + '"产出指标\n（50分）数量指标引进新品种数不少于三十个"\n扩繁面积≥15亩\n'
    assert read(text) == [
        ("产出指标", "数量指标", "引进新品种数", "不少于三十个"),
        ("产出指标", "数量指标", "扩繁面积", "≥15亩"),
    ]


def test_a_placeholder_in_every_cell_of_a_row_makes_no_indicator():
    """生态效益指标不涉及不涉及: the placeholder written in the name's cell and the value's, no indicator; a value
    that leads words (长期) before a mark for none in the last column (—) is the value."""
    text = (
        "项目名称：示例花园项目\n一级指标二级指标三级指标指标值计量周期\n"
        "效益指标社会效益指标接待游客35万人次以上年度\n生态效益指标不涉及不涉及\n可持续影响指标种质资源保存长期—\n"
    )
    assert read(text) == [
        ("效益指标", "社会效益指标", "接待游客", "35万人次以上"),
        ("效益指标", "可持续影响指标", "种质资源保存", "长期"),
    ]


def test_points_glued_before_a_target_that_starts_with_digits_and_two_unknown_names_last():
    """分值得分 before the targets (1010|300幅|312幅): the pair parts where it reads one way only. A header that ends
    in two names of free text (完成进度未完成原因分析) reads them, not the grid's end unread: the second a deviation's
    column however worded (DEVIATION_NAME), the first the name the model does not know before it. ㈠ … as 序号."""
    text = (
        "项目名称：示例蓝印花布项目\n一级指标二级指标三级指标分值得分年度指标值实际完成值扣分说明\n"
        "产出指标数量指标纹样数字化采集1010300幅312幅\n蓝草种植10850亩50亩\n"
        "项目名称：示例傩戏项目\n序号一级指标二级指标三级指标指标值\n㈠产出指标数量指标剧目记录6个\n㈡面具雕刻传习40副\n"
    )
    assert [(i.seq, i.name, i.annual_target.raw, i.weight, i.score) for i in indicators(text)] == [
        (None, "纹样数字化采集", "300幅", Decimal(10), Decimal(10)),
        (None, "蓝草种植", "50亩", Decimal(10), Decimal(8)),
        (1, "剧目记录", "6个", None, None),
        (2, "面具雕刻传习", "40副", None, None),
    ]
    header = "一级指标二级指标三级指标年度指标值实际完成值分值得分完成进度未完成原因分析"
    spans = split_header(header)
    assert spans is not None and [header[x:y] for x, y in spans][-2:] == ["完成进度", "未完成原因分析"]


@pytest.mark.parametrize("marks", [("壹", "贰", "叁"), ("壹、", "贰、", "叁、"), ("拾壹.", "拾贰.", "拾叁.")])
def test_capital_numerals_with_or_without_their_mark_as_sequence_numbers(marks: tuple[str, str, str]):
    """壹 贰 叁 (or 壹、 贰、 叁、) before each row, in capital numerals: cut off with their mark, not left at the
    name's start (、蚯蚓养殖床)."""
    a, b, c = marks
    text = (
        "项目名称：示例化石项目\n序号一级指标二级指标三级指标指标值\n"
        f"{a}产出指标数量指标化石标本修复≥400块\n{b}保护界桩80根\n{c}细颗粒物浓度≤35\n"
    )
    first = 11 if a.startswith("拾") else 1
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (first, "化石标本修复", "≥400块"),
        (first + 1, "保护界桩", "80根"),
        (first + 2, "细颗粒物浓度", "≤35"),
    ]


def test_a_weight_printed_between_the_level_2_and_the_name():
    """一级指标二级指标分值三级指标…: the 分值 is glued before each name (数量指标（20分）10厚朴林抚育面积): its number is
    the weight, not the name's start."""
    text = (
        "项目名称示例项目\n一级指标二级指标分值三级指标指标值取证途径\n"
        "产出指标数量指标（20分）10新写的抚育面积≥2000亩作业验收单\n8新写的环剥试点500株试点台账\n"
    )
    assert [(i.name, i.annual_target.raw, i.weight, i.extra.get("取证途径")) for i in indicators(text)] == [
        ("新写的抚育面积", "≥2000亩", Decimal("10"), "作业验收单"),
        ("新写的环剥试点", "500株", Decimal("8"), "试点台账"),
    ]


@pytest.mark.parametrize("letters", ["abc", "ABC"])
def test_letters_with_their_mark_as_sequence_numbers(letters: str):
    """a. b. c. (or A. B. C.) before each row (序号 in letters): cut off, not the name's start (a letter is one only
    with its mark and before a word: not PM2.5, not a.m., not a code such as A01)."""
    a, b, c = letters
    text = (
        "项目名称：示例化石项目\n序号一级指标二级指标三级指标指标值\n"
        f"{a}.产出指标数量指标化石标本修复≥400块\n{b}.保护界桩80根\n{c}.细颗粒物浓度≤35\n"
    )
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1, "化石标本修复", "≥400块"),
        (2, "保护界桩", "80根"),
        (3, "细颗粒物浓度", "≤35"),
    ]


def test_rows_glued_on_one_line_each_ending_in_a_period_word_of_a_column_the_model_does_not_know():
    """A whole grid glued (TEXTJOIN of the sheet), its last column 计量周期 unknown to the model and holding a period
    word (年度, 月度, 季度, 一次性): a row ends after it, the next name starts there."""
    text = (
        "项目名称示例花园项目一级指标二级指标三级指标指标值计量周期产出指标数量指标引进新品种数不少于三十个年度"
        "扩繁面积≥15亩年度科普讲解活动每月2场月度质量指标移栽成活率≥95%季度\n"
    )
    assert [(i.name, i.annual_target.raw, i.extra.get("计量周期")) for i in indicators(text)] == [
        ("引进新品种数", "不少于三十个", "年度"),
        ("扩繁面积", "≥15亩", "年度"),
        ("科普讲解活动", "每月2场", "月度"),
        ("移栽成活率", "≥95%", "季度"),
    ]


def test_a_level_1_s_points_on_the_line_of_the_row_it_starts():
    """A label cell of two lines (产出指标 / 40分) flattened: its points glued before the first row's level 2 (a
    space before 分 too). The points are the label's, not the start of a name, and the level 2 is the row's own."""
    text = (
        "项目名称示例园艺项目\n一级指标二级指标三级指标指标值\n产出指标\n40分数量指标新植苗木株数不少于1200株\n"
        "补植面积12亩\n质量指标苗木成活率≥92%\n效益指标\n30 分社会效益指标带动务工人数≥150人次\n"
    )
    read = [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in indicators(text)]
    assert read == [
        ("产出指标", "数量指标", "新植苗木株数", "不少于1200株"),
        ("产出指标", "数量指标", "补植面积", "12亩"),
        ("产出指标", "质量指标", "苗木成活率", "≥92%"),
        ("效益指标", "社会效益指标", "带动务工人数", "≥150人次"),
    ]


def test_sequence_numbers_in_tortoise_shell_brackets_and_as_articles():
    """序号 written 〔1〕 (or 【1】, ［1］), in Chinese numerals 〔一〕 (or 【二】), and 第1条 (as 第1项, 第01项) are cut
    off the name in a flattened row (〔一〕 had been read into the name)."""
    text = "项目名称示例园艺项目\n序号三级指标指标值\n〔1〕盆景技艺培训期数3期\n【2】培训学员人数≥90人\n"
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1, "盆景技艺培训期数", "3期"),
        (2, "培训学员人数", "≥90人"),
    ]
    text = "项目名称示例园艺项目\n序号三级指标指标值\n〔一〕盆景技艺培训期数3期\n【二】培训学员人数≥90人\n"
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1, "盆景技艺培训期数", "3期"),
        (2, "培训学员人数", "≥90人"),
    ]
    text = "项目名称示例园艺项目\n序号三级指标指标值\n第1条冷藏运输车辆2辆\n第2条干制花卉一级品率≥70%\n"
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1, "冷藏运输车辆", "2辆"),
        (2, "干制花卉一级品率", "≥70%"),
    ]
    # (padded with a zero, the whole grid on one line: 第01项 … 第02项 cut there, not read into the first name)
    text = "项目名称示例园艺项目\n序号指标名称年度指标值权重第01项冷藏运输车辆2辆10第02项干制花卉一级品率≥70%10\n"
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1, "冷藏运输车辆", "2辆"),
        (2, "干制花卉一级品率", "≥70%"),
    ]


def test_a_change_word_before_its_amount_starts_the_value_but_not_a_name_s_last_word():
    """提高 and 下降 before a number start a change (提高5个百分点); 增加 before one ends a name as often
    (亩产量增加|20公斤以上), so it stays the name's."""
    text = (
        "项目名称示例园艺项目\n一级指标二级指标三级指标指标值\n效益指标社会效益指标示范村卫生厕所普及率提高5个百分点\n"
        "生态效益指标示范区化肥施用强度下降10%以上\n经济效益指标示范区亩产量增加20公斤以上\n"
    )
    assert [(i.name, i.annual_target.raw, i.annual_target.kind) for i in indicators(text)] == [
        ("示范村卫生厕所普及率", "提高5个百分点", "change"),
        ("示范区化肥施用强度", "下降10%以上", "change"),
        ("示范区亩产量增加", "20公斤以上", "quantity"),
    ]


def test_a_value_of_words_framed_by_a_standard_word_and_the_weight_is_read_whole():
    """绩效标准 printed before the value (…计划标准|3月中下旬|5): the value lies between the column word and the
    row's last number, words the normalizer keeps as text or not."""
    text = (
        "项目名称示例园艺项目\n一级指标二级指标三级指标绩效标准指标值及单位权重\n"
        "产出指标时效指标盆栽移植计划标准3月中下旬5\n成本指标组培苗单价历史标准≤0.35元/株5\n"
        "效益指标生态效益指标园区原生植被破坏行业标准零破坏10\n"
    )
    assert [(i.name, i.annual_target.raw, i.weight, i.extra["绩效标准"]) for i in indicators(text)] == [
        ("盆栽移植", "3月中下旬", 5, "计划标准"),
        ("组培苗单价", "≤0.35元/株", 5, "历史标准"),
        ("园区原生植被破坏", "零破坏", 10, "行业标准"),
    ]


def test_a_project_s_dates_and_content_after_its_period_are_keys_of_their_own():
    """项目起止时间 and 建设内容, keys the model keeps only in diagnostics, glued after the 项目期's value: the
    period is its value alone."""
    text = (
        "项目名称示例盆景园改造项目主管部门示例县园艺站项目期1年项目起止时间2025年3月—2025年12月"
        "建设内容改造展区三处一级指标二级指标三级指标指标值产出指标数量指标改造盆景展区3处\n"
    )
    (project,) = parse_document(text, form="columns").units[0].projects
    assert (project.period, project.department) == ("1年", "示例县园艺站")
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [("改造盆景展区", "3处")]


@pytest.mark.parametrize(
    ("period", "after"),
    [
        ("1年", "绩效联络员示例科员甲"),
        ("2024-2026年", "受益人数约1.5万人"),
        ("2025年", "采购方式公开招标"),
        ("2024-2026年", "项目总投资216.00万元"),  # (an amount after it: no source of funds 年项目总投资 either)
    ],
)
def test_a_key_the_model_does_not_know_glued_after_the_period_on_one_line(period: str, after: str):
    """A whole project on one line: a key of no field and its value glued after the 项目期's value (项目期1年绩效联络员
    示例科员甲): the period is its value alone, the rest kept in a diagnostic, not read into the period."""
    text = (
        f"项目名称示例新写的项目主管部门示例县某某局项目期{period}{after}项目资金（万元）年度资金总额12.00"
        "一级指标二级指标三级指标指标值产出指标数量指标新写的巡查次数≥12次\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert (project.period, project.department, project.amounts.total) == (period, "示例县某某局", Decimal("12.00"))
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [("新写的巡查次数", "≥12次")]
    kept = [d for d in document.all_diagnostics() if d.message == f"{after}: not part of the model, kept only here"]
    assert len(kept) == 1 and kept[0].severity == "warning"


@pytest.mark.parametrize(
    "block",
    [
        "项目名称示例新写的项目  项目期1年  编报科室渔业科  项目资金（万元）年度资金总额12.00  ",  # (rows joined by spaces)
        "项目名称|示例新写的项目\n项目期|1年|编报科室渔业科\n年度资金总额|12.00\n",  # (a delimited row of three cells)
    ],
)
def test_a_key_the_model_does_not_know_after_the_period_on_its_line(block: str):
    """编报科室渔业科 after the 项目期's value on its line, two spaces or a delimiter apart: a key of no field and its
    value, kept in a diagnostic, not read into the period (1年编报科室渔业科)."""
    grid = "一级指标二级指标三级指标指标值  产出指标数量指标新写的巡查次数≥12次\n"
    if "|" in block:
        grid = "一级指标|二级指标|三级指标|指标值\n产出指标|数量指标|新写的巡查次数|≥12次\n"
    document = parse_document(block + grid, form="columns")
    (project,) = document.units[0].projects
    assert project.period == "1年"
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [("新写的巡查次数", "≥12次")]
    assert "编报科室渔业科: not part of the model, kept only here" in [d.message for d in document.all_diagnostics()]


def test_a_period_s_own_words_after_its_year_are_not_cut_off_as_a_key():
    """项目期2025年全年 before the next key: 全年 is the period's (too short for a key of its own), not a key."""
    text = "项目名称示例新写的项目项目期2025年全年项目资金（万元）年度资金总额12.00一级指标二级指标三级指标指标值产出指标数量指标新写的巡查次数≥12次\n"
    (project,) = parse_document(text, form="columns").units[0].projects
    assert project.period == "2025年全年"


def test_a_per_measure_of_two_characters_before_its_bound_starts_the_value():
    """每公斤 and 每平方米 before a comparator start a per-unit value, as 每亩 does; a name that starts with 每 (每千人口…)
    keeps it."""
    text = (
        "项目名称示例园艺项目\n一级指标二级指标三级指标指标值\n产出指标成本指标盆栽基质采购单价每公斤不高于8元\n"
        "温室改造成本每平方米≤350元\n数量指标每千人口园艺指导员数2.5人\n"
    )
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [
        ("盆栽基质采购单价", "每公斤不高于8元"),
        ("温室改造成本", "每平方米≤350元"),
        ("每千人口园艺指导员数", "2.5人"),
    ]


def test_a_unit_column_before_a_date_is_empty():
    """计量单位 printed before 指标值 (三级|单位|值|符号|权重): before a date the unit is empty, so the name keeps its
    last character (投产时间, not 投产时 and a unit 间) and the date stays whole (not 2025 and a unit 年)."""
    text = (
        "项目名称示例园艺项目\n一级指标二级指标三级指标计量单位指标值计算符号权重\n"
        "产出指标时效指标温室投产时间2025年10月≤6\n数量指标改造温室间3≥10\n"
    )
    assert [(i.name, i.annual_target.raw, i.weight) for i in indicators(text)] == [
        ("温室投产时间", "2025年10月", 6),
        ("改造温室", "3", 10),
    ]


def test_a_first_column_of_labels_the_model_does_not_know_before_the_categories():
    """对应任务 first in the header, its label printed on a block's first row only (任务一：展区建设产出指标…): the
    header is read with it, the label cut off before the 一级 and kept in extra; rows without it start with their
    name or categories, as ever (社会效益指标 is no label 社会 and a 效益指标)."""
    text = (
        "项目名称示例盆景园改造项目\n年度目标改造展区三处。\n对应任务一级指标二级指标三级指标指标值\n"
        "任务一：展区建设产出指标数量指标改造盆景展区3处\n盆景养护培训2期\n"
        "任务二：游客服务效益指标社会效益指标接待游客1万人次\n生态效益指标绿地养护面积≥2000平方米\n"
    )
    (project,) = parse_document(text, form="columns").units[0].projects
    assert project.goal == "改造展区三处。"
    assert [(i.level2.name, i.name, i.annual_target.raw, i.extra.get("对应任务")) for i in project.indicators] == [
        ("数量指标", "改造盆景展区", "3处", "任务一：展区建设"),
        ("数量指标", "盆景养护培训", "2期", None),
        ("社会效益指标", "接待游客", "1万人次", "任务二：游客服务"),
        ("生态效益指标", "绿地养护面积", "≥2000平方米", None),
    ]


def test_a_completion_rate_column_of_a_self_evaluation_is_a_percentage():
    """完成比例 (or 完成率) between 实际完成值 and 分值, or after 得分: a percentage kept in extra, which parts rows glued
    on one line (…1,200亩100%1010山地…) and a weight and score glued before it (108.7587.5%: 10, 8.75, 87.5%)."""
    text = (
        "项目名称示例盆景园改造项目一级指标二级指标三级指标年度指标值实际完成值完成比例分值得分"
        "产出指标数量指标改造盆景展区3处3处100%1010盆景养护培训4期3期75%86\n"
    )
    found = indicators(text)
    assert [(i.name, i.annual_target.raw, i.actual.raw, i.weight, i.score, i.extra["完成比例"]) for i in found] == [
        ("改造盆景展区", "3处", "3处", 10, 10, "100%"),
        ("盆景养护培训", "4期", "3期", 8, 6, "75%"),
    ]
    text = (
        "项目名称示例盆景园改造项目\n一级指标二级指标三级指标年度指标值实际完成值分值得分完成率偏差原因及改进措施\n"
        "产出指标数量指标修复盆景8盆7盆108.7587.5%1盆需延期至次年\n"
    )
    (row,) = indicators(text)
    assert (row.name, row.annual_target.raw, row.actual.raw, row.weight, row.score, row.extra["完成率"]) == (
        "修复盆景",
        "8盆",
        "7盆",
        10,
        Decimal("8.75"),
        "87.5%",
    )
    assert row.extra["偏差原因及改进措施"] == "1盆需延期至次年"


def test_an_unknown_column_of_values_beside_the_target_parts_the_row_where_its_values_do():
    """年中目标值 (a mid-year target the model has no field for) before 目标值: its cells are values, so the row parts
    name|12场|不少于24场, the first kept in extra under its header (with the reader's warning), not a name
    盆景养护课12场."""
    text = (
        "项目名称示例盆景园改造项目\n一级指标二级指标三级指标年中目标值目标值\n产出指标数量指标盆景养护课12场不少于24场\n"
        "质量指标盆景成活率95%≥95%\n时效指标展区改造周期—6-8个月\n"
    )
    document = parse_document(text, form="columns")
    found = indicators(text)
    assert [(i.name, i.annual_target.raw, i.extra["年中目标值"]) for i in found] == [
        ("盆景养护课", "不少于24场", "12场"),
        ("盆景成活率", "≥95%", "95%"),
        ("展区改造周期", "6-8个月", "—"),
    ]
    assert any("年中目标值 is not one the model names" in d.message for d in document.all_diagnostics())


def test_a_responsible_body_s_column_is_no_unit_column():
    """配合单位 and 责任单位 end in 单位 but name who answers for a row (kept in extra), not a unit of measure: a header
    …目标值年中目标值配合单位 parts into 目标值, 年中目标值 and 配合单位, and on one line with its rows the header ends where
    the categories start."""
    text = (
        "项目名称示例盆景园改造项目\n一级指标二级指标三级指标目标值年中目标值配合单位\n"
        "产出指标数量指标盆景养护课不少于24场12场区园林局\n质量指标盆景成活率≥95%95%\n"
    )
    found = indicators(text)
    assert [(i.name, i.annual_target.raw, i.extra["年中目标值"], i.extra.get("配合单位")) for i in found] == [
        ("盆景养护课", "不少于24场", "12场", "区园林局"),
        ("盆景成活率", "≥95%", "95%", None),
    ]
    one_line = text.replace("\n", "", 2).replace("\n产出", "产出")
    assert [(i.name, i.annual_target.raw) for i in indicators(one_line)] == [
        ("盆景养护课", "不少于24场"),
        ("盆景成活率", "≥95%"),
    ]


def test_a_sequence_number_closed_by_the_dot_stroke_that_stands_for_a_pause_mark():
    """序号 written 1丶 (丶, the stroke an input method gives for 、) is cut off the name as 1、 is."""
    text = "项目名称示例园艺项目\n序号三级指标指标值\n1丶盆景技艺培训期数3期\n2丶培训学员人数≥90人\n"
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1, "盆景技艺培训期数", "3期"),
        (2, "培训学员人数", "≥90人"),
    ]


def test_rows_glued_on_one_line_each_ending_in_a_month_of_a_column_the_model_does_not_know():
    """The last column (考核时点) unknown to the model holds a month or a date: a row ends after it (≥60万株|9月|
    初加工…), since no name starts with one."""
    text = (
        "项目名称示例花园项目一级指标二级指标三级指标指标值考核时点产出指标数量指标引进新品种数不少于三十个9月"
        "扩繁面积≥15亩11月底质量指标移栽成活率≥95%2025年12月\n"
    )
    assert [(i.name, i.annual_target.raw, i.extra.get("考核时点")) for i in indicators(text)] == [
        ("引进新品种数", "不少于三十个", "9月"),
        ("扩繁面积", "≥15亩", "11月底"),
        ("移栽成活率", "≥95%", "2025年12月"),
    ]


def test_a_one_line_header_whose_last_unknown_name_runs_into_a_bracketed_sequence_number():
    """A whole grid glued, 序号 in brackets ([1]) and a last column the model does not know (实施主体): the header
    ends where the first bracketed 序号 starts, and the column's cells are kept in extra."""
    text = "项目名称示例园艺项目序号三级指标指标值实施主体【1】盆景技艺培训期数3期园艺站【2】培训学员人数≥90人合作社\n"
    read = [(i.seq, i.name, i.annual_target.raw, i.extra.get("实施主体")) for i in indicators(text)]
    assert read == [(1, "盆景技艺培训期数", "3期", "园艺站"), (2, "培训学员人数", "≥90人", "合作社")]


@pytest.mark.parametrize(
    ("header", "names"),
    [
        # a value's column the model does not know inside, another unknown last
        ("一级指标二级指标三级指标调整前指标值指标值调整说明", ["调整前指标值", "指标值", "调整说明"]),
        # two unknown names last, the first a value's
        ("一级指标二级指标三级指标指标值调整前指标值监测节点", ["指标值", "调整前指标值", "监测节点"]),
        # a mid-year table's values of a part of the year, then a name the model does not know
        (
            "一级指标二级指标三级指标年度指标值1-6月完成值全年预计完成值偏差原因及纠偏举措",
            ["年度指标值", "1-6月完成值", "全年预计完成值", "偏差原因及纠偏举措"],
        ),
        (
            "一级指标二级指标三级指标年度指标值截至6月底完成情况预计全年完成情况偏离预警",
            ["年度指标值", "截至6月底完成情况", "预计全年完成情况", "偏离预警"],
        ),
        # (a name that is a value word and a note stays one: 指标值说明; a basis after known names too)
        ("一级指标二级指标三级指标年度指标值指标值说明", ["年度指标值", "指标值说明"]),
        (
            "一级指标二级指标三级指标分值指标值及单位绩效标准目标值设定理由",
            ["分值", "指标值及单位", "绩效标准", "目标值设定理由"],
        ),
    ],
)
def test_a_flattened_header_with_two_names_the_model_does_not_know(header: str, names: list[str]) -> None:
    spans = split_header(header)
    assert spans is not None
    assert [header[x:y] for x, y in spans] == ["一级指标", "二级指标", "三级指标", *names]


@pytest.mark.parametrize(
    ("header", "names", "fields"),
    [
        ("一级指标二级指标三级指标衡量标准指标值", ["衡量标准", "指标值"], ["standard", "value"]),
        (
            "一级指标二级指标三级指标运算关系指标值计量单元权重",
            ["运算关系", "指标值", "计量单元", "权重"],
            ["comparator", "value", "unit", "weight"],
        ),
        (
            "一级指标二级指标三级指标方向符指标值指标单位权重目标值说明",
            ["方向符", "指标值", "指标单位", "权重", "目标值说明"],
            ["comparator", "value", "unit", "weight", "explanation"],
        ),
        (
            "一级指标二级指标三级指标指标值取值单位比较方式分值",
            ["指标值", "取值单位", "比较方式", "分值"],
            ["value", "unit", "comparator", "weight"],
        ),
        ("一级指标二级指标三级指标对比基数指标值", ["对比基数", "指标值"], ["other_value", "value"]),
        (
            "一级指标二级指标三级指标指标值单位符号比对符分值核验部门",
            ["指标值", "单位符号", "比对符", "分值", "核验部门"],
            ["value", "unit", "comparator", "weight", "responsible"],
        ),
        ("一级指标二级指标三级指标指标值及单位标准类型", ["指标值及单位", "标准类型"], ["value", "standard"]),
        ("一级指标二级指标三级指标年度指标值填报股室", ["年度指标值", "填报股室"], ["annual", "responsible"]),
        ("一级指标二级指标三级指标省级下达值指标值", ["省级下达值", "指标值"], ["other_value", "value"]),
        (
            "一级指标二级指标三级指标比较符号指标值计算单位权重核查部门",
            ["比较符号", "指标值", "计算单位", "权重", "核查部门"],
            ["comparator", "value", "unit", "weight", "responsible"],
        ),
        ("一级指标二级指标三级指标年度指标值数据报送单位", ["年度指标值", "数据报送单位"], ["annual", "responsible"]),
        # (指标值单位 after the value's column is the value's unit, one name; 指标值单位权重 with no value before is
        # three names)
        (
            "一级指标二级指标三级指标指标值判断符指标值单位分值",
            ["指标值", "判断符", "指标值单位", "分值"],
            ["value", "comparator", "unit", "weight"],
        ),
        ("一级指标二级指标三级指标指标值单位权重", ["指标值", "单位", "权重"], ["value", "unit", "weight"]),
        (
            "一级指标二级指标指标内容上年同期值指标值权重",
            ["上年同期值", "指标值", "权重"],
            ["other_value", "value", "weight"],
        ),
        ("一级指标二级指标三级指标年度指标值监管科室", ["年度指标值", "监管科室"], ["annual", "responsible"]),
        (
            "一级指标二级指标三级指标指标值符号计量单位权重",
            ["指标值", "符号", "计量单位", "权重"],
            ["value", "comparator", "unit", "weight"],
        ),
        (
            "一级指标二级指标指标内容长期指标值年度指标值业务股室",
            ["长期指标值", "年度指标值", "业务股室"],
            ["period", "annual", "responsible"],
        ),
        # (a last value's name the model keeps in extra is one name: 上年完成值, not 上年 and 完成值)
        ("一级指标二级指标三级指标指标值上年完成值", ["指标值", "上年完成值"], ["value", "other_value"]),
        ("一级指标二级指标三级指标指标值数据来源科室", ["指标值", "数据来源科室"], ["value", "responsible"]),
        (
            "一级指标二级指标三级指标比较方法指标值计数单位权重指标归口",
            ["比较方法", "指标值", "计数单位", "权重", "指标归口"],
            ["comparator", "value", "unit", "weight", "responsible"],
        ),
        (
            "一级指标二级指标三级指标判定符指标值数值单位权重执行科室",
            ["判定符", "指标值", "数值单位", "权重", "执行科室"],
            ["comparator", "value", "unit", "weight", "responsible"],
        ),
        (
            "一级指标二级指标三级指标运算符号指标值数量单位权重牵头处室",
            ["运算符号", "指标值", "数量单位", "权重", "牵头处室"],
            ["comparator", "value", "unit", "weight", "responsible"],
        ),
        (
            "一级指标二级指标三级指标中期指标值年度指标值绩效责任人",
            ["中期指标值", "年度指标值", "绩效责任人"],
            ["period", "annual", "responsible"],
        ),
    ],
)
def test_a_flattened_header_of_more_names_for_known_columns(header: str, names: list[str], fields: list[str]) -> None:
    """衡量标准 and 标准类型 (a 绩效标准), 运算关系, 方向符 and 比较方式 (a comparator), 计量单元, 指标单位 and 取值单位
    (a unit), 目标值说明 (an explanation), 核验部门 (who checks it) and 对比基数 (a base to compare with, a value kept in
    extra) split a flattened header."""
    from indicator_parser.forms.columns.flat import _flat_field

    spans = split_header(header)
    assert spans is not None
    assert [header[x:y] for x, y in spans][3:] == names
    assert [_flat_field(header[x:y]) for x, y in spans][3:] == fields


def test_rows_glued_on_one_line_each_ending_in_the_evidence_a_column_names():
    """A whole grid glued, its last column (验收方式) naming the evidence (验收报告, 分级记录, 现场测量): the free text
    ends after such a word, the next name starts there (with the warning that where it starts is a guess)."""
    text = (
        "项目名称示例花园项目一级指标二级指标三级指标指标值验收方式产出指标数量指标新建温室大棚12座验收报告"
        "扩繁面积≥15亩现场测量质量指标苗木分级合格率≥95%分级记录\n"
    )
    assert [(i.name, i.annual_target.raw, i.extra.get("验收方式")) for i in indicators(text)] == [
        ("新建温室大棚", "12座", "验收报告"),
        ("扩繁面积", "≥15亩", "现场测量"),
        ("苗木分级合格率", "≥95%", "分级记录"),
    ]


def test_rows_glued_on_one_line_ending_in_more_words_of_evidence():
    """现场核查, 商标公告, 获奖证书 (and 验收单, 批复文件, 统计报表): words that close an evidence cell too."""
    text = (
        "项目名称示例花园项目一级指标二级指标三级指标指标值监测来源产出指标数量指标新建温室大棚12座现场核查"
        "扩繁面积≥15亩商标公告质量指标苗木分级合格率≥95%获奖证书\n"
    )
    assert [(i.name, i.annual_target.raw, i.extra.get("监测来源")) for i in indicators(text)] == [
        ("新建温室大棚", "12座", "现场核查"),
        ("扩繁面积", "≥15亩", "商标公告"),
        ("苗木分级合格率", "≥95%", "获奖证书"),
    ]


def test_rows_glued_on_one_line_ending_in_a_report_a_contract_or_an_office():
    """住建统计月报, 采购合同, 检定规程, 实地丈量, 作业设计, and an office that answers for the row (区住建局, 工程管理股):
    words that close the last free-text cell before the next row's name."""
    text = (
        "项目名称示例花园项目一级指标二级指标三级指标指标值佐证材料产出指标数量指标新写的安置房≥520套住建统计月报"
        "新写的游船码头2座采购合同新写的衡器检定4200台检定规程新写的补植面积15亩实地丈量新写的抚育面积600亩作业设计"
        "新写的危房解危14幢区住建局新写的防渗修补5,600平方米工程管理股\n"
    )
    assert [(i.name, i.extra.get("佐证材料")) for i in indicators(text)] == [
        ("新写的安置房", "住建统计月报"),
        ("新写的游船码头", "采购合同"),
        ("新写的衡器检定", "检定规程"),
        ("新写的补植面积", "实地丈量"),
        ("新写的抚育面积", "作业设计"),
        ("新写的危房解危", "区住建局"),
        ("新写的防渗修补", "工程管理股"),
    ]


def test_a_value_of_words_is_no_value_before_free_text_that_holds_a_rate_and_its_number():
    """食品安全抽检合格率100%检测报告 (指标值 then 监测来源): not 食品 | 安全 | 抽检合格率100%检测报告 (a value of words,
    the shortest name, with the real value left in the free text), but the rate and its number."""
    text = "项目名称示例项目\n一级指标二级指标三级指标指标值监测来源\n产出指标质量指标食品安全抽检合格率100%检测报告\n"
    assert [(i.name, i.annual_target.raw, i.extra.get("监测来源")) for i in indicators(text)] == [
        ("食品安全抽检合格率", "100%", "检测报告")
    ]


def test_a_one_line_header_with_two_names_the_model_does_not_know_in_rows_joined_by_two_spaces():
    """A project on one line, its rows joined by two spaces, its header 一级…三级指标原指标值指标值调整理由: the header runs
    to its last unknown name (调整理由), not cut inside it where known names start again (原|指标值指标值|调整理由)."""
    text = (
        "示例县2025年项目支出绩效目标调整申请表  项目名称示例新写的项目  主管部门示例县某某局  项目期2025年  "
        "一级指标二级指标三级指标原指标值指标值调整理由  产出指标数量指标新写的采收基地5000亩4000亩部分山场划入保护区  "
        "新写的加工线2条2条  满意度指标服务对象满意度指标新写的农户满意度≥90%≥85%价格仍在协商\n"
    )
    assert [(i.name, i.annual_target.raw, dict(i.extra)) for i in indicators(text)] == [
        ("新写的采收基地", "4000亩", {"原指标值": "5000亩", "调整理由": "部分山场划入保护区"}),
        ("新写的加工线", "2条", {"原指标值": "2条"}),
        ("新写的农户满意度", "≥85%", {"原指标值": "≥90%", "调整理由": "价格仍在协商"}),
    ]


@pytest.mark.parametrize("marks", [("1.", "2.", "3."), ("A.", "B.", "C."), ("（一）", "（二）", "（三）")])
def test_a_sequence_number_before_the_category_words_in_rows_joined_by_two_spaces(marks: tuple[str, str, str]):
    """A project on one line, its rows joined by two spaces, each row led by its 序号 (1., A., （一）): a 序号 before
    the category words a row starts with stays the row's (it was cut off as a row of its own: an indicator A.)."""
    a, b, c = marks
    text = (
        "项目名称示例新写的项目  序号一级指标二级指标三级指标目标值计量单位  "
        f"{a}产出指标数量指标新写的巡查里程3000公里  {b}新写的补饲点15处  {c}质量指标新写的救护成功率≥85%\n"
    )
    assert [(i.seq, i.level2.name, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1, "数量指标", "新写的巡查里程", "3000"),
        (2, "数量指标", "新写的补饲点", "15"),
        (3, "质量指标", "新写的救护成功率", "≥85"),
    ]


def test_a_value_of_words_no_grammar_reads_starts_at_its_verb_with_a_warning():
    """设施运行维护建立长效管护机制6 (三级, 指标值, 分值): no reading of the value, words the normalizer keeps as text;
    it is taken to start at its verb (建立, 形成, 实现), the 分值 the row's last number, and the row warns that where
    the name ends is a guess. A value that holds a number is not this guess's."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标指标值分值\n"
        "效益指标可持续影响指标新写的设施运行维护建立长效管护机制6\n新写的足球发展格局形成“一校一品”特色5\n"
        "新写的查询服务实现“一网查档”5\n"
    )
    read = indicators(text)
    assert [(i.name, i.annual_target.raw, i.weight) for i in read] == [
        ("新写的设施运行维护", "建立长效管护机制", Decimal("6")),
        ("新写的足球发展格局", "形成“一校一品”特色", Decimal("5")),
        ("新写的查询服务", "实现“一网查档”", Decimal("5")),
    ]
    assert all(any("taken to start at its verb" in w.message for w in i.warnings) for i in read)


def test_compliance_with_a_standard_whose_code_holds_digits_starts_the_value():
    """符合GB 2762要求, 符合NY/T 525标准 (the normalizer reads them as compliance): 符合 starts the value, the code's
    digits no number of it; 诊断符合率 keeps 符合 in the name."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标指标值分值\n产出指标质量指标新写的重金属残留符合GB 2762要求5\n"
        "新写的有机肥质量符合NY/T 525标准5\n新写的诊断符合率≥95%5\n"
    )
    assert [(i.name, i.annual_target.raw, i.weight) for i in indicators(text)] == [
        ("新写的重金属残留", "符合GB 2762要求", Decimal("5")),
        ("新写的有机肥质量", "符合NY/T 525标准", Decimal("5")),
        ("新写的诊断符合率", "≥95%", Decimal("5")),
    ]


def test_a_value_framed_by_a_standard_word_and_the_row_s_end_may_hold_a_sign():
    """绩效标准 printed before 指标值: the value runs from the standard word to the row's end, words or not, a sign
    inside it the value's (行业标准|宣传活动≥10场，发放资料5000份, 行业标准|实时（≤5分钟）: the standard word had gone
    into the name)."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标绩效标准指标值\n"
        "产出指标数量指标新写的集资宣传行业标准宣传活动≥10场，发放资料5000份\n新写的推送时效行业标准实时（≤5分钟）\n"
    )
    assert [(i.name, i.annual_target.raw, i.extra.get("绩效标准")) for i in indicators(text)] == [
        ("新写的集资宣传", "宣传活动≥10场，发放资料5000份", "行业标准"),
        ("新写的推送时效", "实时（≤5分钟）", "行业标准"),
    ]


def test_a_deadline_s_verb_does_not_take_the_start_of_the_record_after_it():
    """…前验收单 (指标值 then 佐证材料): the record is 验收单 and the deadline ends at 前; 验收 is a deadline's verb too
    (2025年10月上旬前验收), but not where its word goes on into a record's (验收|单, 验收|报告)."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标指标值佐证材料\n产出指标时效指标新写的晾房改造完工时间2025年10月上旬前验收单\n"
        "新写的作业完成时间2025年12月10日前验收报告\n"
    )
    assert [(i.name, i.annual_target.raw, i.extra.get("佐证材料")) for i in indicators(text)] == [
        ("新写的晾房改造完工时间", "2025年10月上旬前", "验收单"),
        ("新写的作业完成时间", "2025年12月10日前", "验收报告"),
    ]


def test_a_date_before_a_unit_column_is_not_cut_after_its_year():
    """计算符号, 指标值, 度量单位 …: ≤2025年5月20日/5 is the date and an empty unit (/), not a value 2025 with a unit
    年 and the month and day pushed into the next column."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标计算符号指标值度量单位指标属性权重\n"
        "产出指标时效指标新写的春蚕共育完成≤2025年5月20日/定量5\n新写的补植面积≥12亩定量5\n"
    )
    assert [(i.name, i.annual_target.raw, i.weight) for i in indicators(text)] == [
        ("新写的春蚕共育完成", "2025年5月20日", Decimal("5")),
        ("新写的补植面积", "12", Decimal("5")),
    ]


def test_a_count_and_its_total_take_no_scope_from_the_name():
    """3个，共450亩: 共 is the total's, no scope the first count shares (柿子标准化示范园 | 3个，共450亩, not
    柿子标准化示范 | 园3个…), nor is 每期 (3期，每期20人); a scope written later still is (中心村6座，自然村12座)."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标指标值\n产出指标数量指标新写的示范园3个，共450亩\n"
        "新写的加工技术培训4场次，共300人次\n新写的技艺培训3期，每期20人\n新写的公厕中心村6座，自然村12座\n"
    )
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [
        ("新写的示范园", "3个，共450亩"),
        ("新写的加工技术培训", "4场次，共300人次"),
        ("新写的技艺培训", "3期，每期20人"),  # (nor a share of each: 每期)
        ("新写的公厕", "中心村6座，自然村12座"),
    ]


def test_a_unit_printed_before_the_comparator_of_a_date_is_empty():
    """计量单位, 比较符, 指标值 in that order: before ≤ and a date the unit is empty, so the name keeps its last
    character (建成时间, not 建成时 and a unit 间)."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标计量单位比较符指标值分值\n"
        "产出指标时效指标新写的建成时间≤2025年8月31日10\n数量指标新写的补植面积亩≥1,2008\n"
    )
    assert [(i.name, i.annual_target.raw, i.annual_target.comparator) for i in indicators(text)][:1] == [
        ("新写的建成时间", "2025年8月31日", "<=")
    ]


def test_a_flattened_header_block_with_keys_after_the_period_and_funds_the_model_does_not_name():
    """Lines after 项目期 whose keys the model does not know (示范地点…, 协作单位…) are kept apart, not glued to the
    period; a source of funds in kind (村民投工投劳折资, 群众自筹) is an amount of the total's parts, as …资金 is.
    (Two such lines of a few characters each, 示范地点某某镇 and 协作单位某某社, read as a key and its value on lines of
    their own, as one cell a line prints them: the values here hold a mark of a value, 、 or a digit.)"""
    text = (
        "项目名称示例园艺项目\n项目期1年\n示范地点某某镇、某某乡\n协作单位某某合作社等2家\n年度资金总额100.00\n其中：财政拨款60.00\n"
        "村民投工投劳折资25.00\n群众自筹15.00\n三级指标指标值\n补植面积12亩\n"
    )
    document = parse_document(text)
    assert document.units[0].projects[0].period == "1年"
    messages = [d.message for d in document.all_diagnostics()]
    assert "示范地点某某镇、某某乡: not part of the model, kept only here" in messages
    assert "协作单位某某合作社等2家: not part of the model, kept only here" in messages
    assert "村民投工投劳折资 25.00: not part of the model, kept only here" in messages
    assert "群众自筹 15.00: not part of the model, kept only here" in messages
    assert not [d for d in document.all_diagnostics() if d.severity == "error"]


def test_a_flattened_header_with_the_kind_and_the_sign_of_a_comparator_side_by_side():
    """指标性质 (定量, 定性) then 计算符号 (≥, ＝): two comparator columns side by side, as forms print them; the header
    parts into both, and each row's cells after its name are read as their columns."""
    text = (
        "项目名称示例园艺项目\n一级指标二级指标三级指标指标性质计算符号指标值度量单位权重监测手段\n"
        "产出指标数量指标新植苗木株数定量≥1200株10验收记录\n补植面积定量＝12亩8测量记录\n"
    )
    read = [(i.name, i.annual_target.raw, i.annual_target.comparator, i.weight) for i in indicators(text)]
    assert read == [("新植苗木株数", "1200", ">=", 10), ("补植面积", "12", "=", 8)]


def test_a_satisfaction_s_rate_after_its_name_starts_the_value():
    """满意率 right after a name ending in 满意度 starts the value (莲农满意度|满意率≥90%); a name ending in 满意率 keeps
    it (群众满意率|≥90%)."""
    text = (
        "项目名称示例园艺项目\n一级指标二级指标三级指标指标值\n满意度指标服务对象满意度指标果农满意度满意率≥90%\n"
        "群众满意率≥85%\n"
    )
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [
        ("果农满意度", "满意率≥90%"),
        ("群众满意率", "≥85%"),
    ]


def test_a_whole_grid_on_one_line_numbered_as_an_outline_ends_each_row_at_the_next_number():
    """序号 as an outline (1-1-1, 1-1-2, then 1-2-1 and 2-1-1: the first of the next part), rows glued on one line
    after a header whose last name the model does not know: each row ends where the next number starts, whether
    the next in its part or the first of the next one."""
    text = (
        "项目名称示例园艺项目序号三级指标年度指标值主责科室1-1-1新植苗木株数≥1200株园艺科1-1-2补植面积12亩园艺科"
        "1-2-1苗木成活率≥92%质检科2-1-1带动务工人数≥150人次办公室\n"
    )
    read = [(i.name, i.annual_target.raw, i.extra.get("主责科室"), i.extra.get("序号")) for i in indicators(text)]
    assert read == [
        ("新植苗木株数", "≥1200株", "园艺科", "1-1-1"),
        ("补植面积", "12亩", "园艺科", "1-1-2"),
        ("苗木成活率", "≥92%", "质检科", "1-2-1"),
        ("带动务工人数", "≥150人次", "办公室", "2-1-1"),
    ]


def test_a_one_line_header_whose_last_unknown_name_runs_into_a_coded_sequence_number():
    """The header's last name unknown to the model (资料来源) glued to the first row's 序号, a code (ZB001): the header
    ends there, and the rows are cut at each next code."""
    text = (
        "项目名称示例园艺项目序号指标名称年度指标值资料来源ZB001新植苗木株数≥1200株验收报告ZB002补植面积12亩测量记录\n"
    )
    read = [(i.seq, i.name, i.annual_target.raw, i.extra.get("资料来源")) for i in indicators(text)]
    assert read == [(1, "新植苗木株数", "≥1200株", "验收报告"), (2, "补植面积", "12亩", "测量记录")]


def test_a_flattened_row_with_its_unit_printed_first_then_its_comparator_and_value():
    """度量单位 printed before 计算符号 and 指标值 (…|亩|大于等于|1,500|10|…): the unit ends the name, the comparator
    word is the 指标性质, the number the value, the weight after it."""
    text = (
        "项目名称示例园艺项目\n一级指标二级指标三级指标计量单位计算符号指标值分值量化标准\n"
        "产出指标数量指标新植苗木面积亩大于等于1,20010按验收面积计\n建设育苗棚口等于408按竣工数计\n"
    )
    read = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit, i.weight)
        for i in indicators(text)
    ]
    assert read == [("新植苗木面积", "1,200", ">=", "亩", 10), ("建设育苗棚", "40", "=", "口", 8)]


def test_a_project_a_line_led_by_an_export_s_row_id():
    """sqlite's .mode list of `SELECT id, group_concat(…)`: each project on a line of its own led by its row id and
    the list separator (1|项目名称…): the id is the export's, the rest of the line a whole project flattened."""
    text = (
        "1|项目名称示例园艺项目一级指标二级指标三级指标指标值产出指标数量指标新植苗木株数≥1200株\n"
        "2|项目名称示例花卉项目一级指标二级指标三级指标指标值产出指标数量指标引进新品种数不少于三十个\n"
    )
    document = parse_document(text)
    read = [(p.name, [(i.name, i.annual_target.raw) for i in p.indicators]) for u in document.units for p in u.projects]
    assert read == [
        ("示例园艺项目", [("新植苗木株数", "≥1200株")]),
        ("示例花卉项目", [("引进新品种数", "不少于三十个")]),
    ]


def test_a_flattened_header_whose_last_names_are_a_plan_s_later_years():
    """年度指标值 then 2026年度指标值 and 2027年度指标值 (or 2026年预期值): the later years' names part one by one,
    values' columns the model keeps in extra."""
    header = "一级指标二级指标三级指标年度指标值2026年度指标值2027年度指标值"
    spans = split_header(header)
    assert spans is not None
    assert [header[x:y] for x, y in spans][3:] == ["年度指标值", "2026年度指标值", "2027年度指标值"]
    text = f"项目名称示例园艺项目\n{header}\n产出指标数量指标新植苗木300株以上350株以上400株以上\n"
    assert [(i.name, i.annual_target.raw, i.extra) for i in indicators(text)] == [
        ("新植苗木", "300株以上", {"2026年度指标值": "350株以上", "2027年度指标值": "400株以上"})
    ]


def test_flattened_rows_numbered_with_a_mark_of_number_or_a_part_in_chinese_numerals():
    """序号 1号, 2号 and 一-1, 一-2, 二-1 (or Ⅰ-1, Ⅰ-2, Ⅱ-1) glued before the names of flattened rows are cut off them."""
    text = "项目名称示例园艺项目\n序号三级指标指标值\n1号新植苗木株数≥1200株\n2号补植面积12亩\n"
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1, "新植苗木株数", "≥1200株"),
        (2, "补植面积", "12亩"),
    ]
    text = "项目名称示例园艺项目\n序号三级指标指标值\n一-1新植苗木株数≥1200株\n一-2补植面积12亩\n二-1带动务工人数≥150人次\n"
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1001, "新植苗木株数", "≥1200株"),
        (1002, "补植面积", "12亩"),
        (2001, "带动务工人数", "≥150人次"),
    ]
    # (a part or its number padded with a zero: 01-1, 01-2, 02-1 or 1-01, 1-02; a part named by a heavenly stem: 甲1, 甲2)
    for first, second, third in (
        ("01-1", "01-2", "02-1"),
        ("1-01", "1-02", "2-01"),
        ("甲1", "甲2", "乙1"),
        ("（1.1）", "（1.2）", "（2.1）"),  # (in brackets)
    ):
        text = f"项目名称示例园艺项目\n序号三级指标指标值\n{first}新植苗木株数≥1200株\n{second}补植面积12亩\n{third}带动务工人数≥150人次\n"
        assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
            (1001, "新植苗木株数", "≥1200株"),
            (1002, "补植面积", "12亩"),
            (2001, "带动务工人数", "≥150人次"),
        ]
    # (a part in Roman numerals: Ⅰ-1, Ⅰ-2, Ⅱ-1)
    text = (
        "项目名称示例园艺项目\n序号三级指标指标值\nⅠ-1新植苗木株数≥1200株\nⅠ-2补植面积12亩\nⅡ-1带动务工人数≥150人次\n"
    )
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1001, "新植苗木株数", "≥1200株"),
        (1002, "补植面积", "12亩"),
        (2001, "带动务工人数", "≥150人次"),
    ]


def test_a_whole_grid_on_one_line_whose_header_ends_in_a_plan_s_later_years():
    """One line: the header's last names a plan's later years (2026年度指标值2027年度指标值) glued to the first row; the
    header ends after them, each row's later values kept in extra."""
    text = (
        "项目名称示例园艺项目一级指标二级指标三级指标年度指标值2026年度指标值2027年度指标值产出指标数量指标"
        "举办花展1届1届1届新植苗木300株以上350株以上400株以上\n"
    )
    assert [(i.name, i.annual_target.raw, i.extra) for i in indicators(text)] == [
        ("举办花展", "1届", {"2026年度指标值": "1届", "2027年度指标值": "1届"}),
        ("新植苗木", "300株以上", {"2026年度指标值": "350株以上", "2027年度指标值": "400株以上"}),
    ]


@pytest.mark.parametrize(
    "value",
    [
        "带动38户",
        "形成1套",
        "开展4期",
        "覆盖12个乡镇",
        "当年12月20日前",
        "次年4月下旬至6月",
        "单只≥0.5kg",
        "新建800延米",
    ],
)
def test_a_leading_word_before_a_number_starts_the_value(value: str):
    """带动, 形成, 开展, 覆盖, 当年, 次年, 单只, 新建 before a number or a comparator start a flattened row's value:
    no name of the corpora ends in them (新建 ends two, 地下水监测站点新建 and 板栗贮藏保鲜库新建: it starts eight
    values, 新建12栋, 新建6套、提升改造4套 …)."""
    text = f"项目名称示例园艺项目\n一级指标二级指标三级指标指标值\n产出指标数量指标示范基地建设{value}\n"
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [("示范基地建设", value)]


def test_a_target_glued_to_its_actual_before_an_empty_unit_column_is_reported_not_read():
    """年度指标值, 实际完成值, 度量单位, 权重, 得分: ≥4042所1010 is ≥40|42|所|10|10 or ≥404|2|所…, not one target ≥4042所
    with an actual 1010 and the unit and points empty. No wrong number is read: the row is reported; a row whose
    cells part one way only still reads."""
    text = (
        "项目名称示例项目\n一级指标二级指标指标内容年度指标值实际完成值度量单位权重（%）得分\n"
        "产出指标数量指标新写的覆盖学校≥4042所1010\n新写的课时每周不少于2每周2课时88\n"
    )
    read = [(i.name, i.annual_target and i.annual_target.raw, i.actual and i.actual.raw) for i in indicators(text)]
    assert read == [("新写的覆盖学校", None, None), ("新写的课时", "每周不少于2", "每周2")]
    assert "≥4042所1010" in diagnostics(text)


def test_a_qualitative_value_of_words_ends_before_the_weight_s_digits_not_at_the_row_s_end():
    """指标性质, 指标值, 计量单位, 分值, 指标解释: 定性明显提升10通过单位评价 is the value 明显提升, the weight 10 and the
    explanation, not one value 明显提升10通过单位评价 (whose 10 would read as a number)."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标指标性质指标值计量单位分值指标解释\n"
        "效益指标社会效益指标新写的就业能力定性明显提升10通过单位评价\n"
    )
    assert [(i.name, i.annual_target.raw, i.annual_target.value, i.weight) for i in indicators(text)] == [
        ("新写的就业能力", "明显提升", None, Decimal("10"))
    ]


def test_a_responsible_office_between_two_values_ends_where_the_second_starts():
    """中期指标值, 主办股室, 年度指标值: 48个设施股16个 is 48个 | 设施股 | 16个 (the office a column of free text between
    the values, kept in extra), not 48个 and an office 设施股16个 with the 年度 value empty."""
    text = "项目名称示例项目\n一级指标二级指标三级指标中期指标值主办股室年度指标值\n产出指标数量指标新写的客运吊厢48个设施股16个\n"
    assert [(i.name, i.period_target.raw, i.annual_target.raw, i.extra) for i in indicators(text)] == [
        ("新写的客运吊厢", "48个", "16个", {"主办股室": "设施股"})
    ]


def test_a_second_target_of_a_mark_for_none_before_free_text():
    """中期指标值, 年度指标值, 测评途径: ≥400公斤—测产 is ≥400公斤 | — | 测产 (no 年度 value this year), not a row left
    unread."""
    text = "项目名称示例项目\n一级指标二级指标三级指标中期指标值年度指标值测评途径\n效益指标经济效益指标新写的亩产鲜果≥400公斤—测产\n"
    assert [(i.name, i.period_target.raw, i.annual_target.raw, i.extra) for i in indicators(text)] == [
        ("新写的亩产鲜果", "≥400公斤", "—", {"测评途径": "测产"})
    ]


def test_a_one_line_table_whose_last_column_names_who_answers_for_each_row_ends_before_the_next_title():
    """Rows glued on one line, a space apart, the last column 责任科室 (an office: free text), then the next table's
    title (示例县2025年部门预算项目支出绩效目标表（二）): where the office ends and the title starts cannot be told,
    so the stretch is reported, not read as an indicator named 示例县2025年部门预算."""
    text = (
        "示例县2025年部门预算项目支出绩效目标表（一） 项目名称示例项目 主管部门示例局 "
        "一级指标二级指标三级指标目标值权重（%）责任科室 产出指标45分数量指标新写的受益学生约1万人10资助股 "
        "新写的学校数量58所5资助股 满意度指标20分服务对象满意度指标新写的家长满意度≥90%20资助股 "
        "示例县2025年部门预算项目支出绩效目标表（二） 项目名称示例项目二 主管部门示例局 "
        "一级指标二级指标三级指标目标值权重（%）责任科室 产出指标45分数量指标新写的供餐天数≥200天5后勤股\n"
    )
    names = [i.name for i in indicators(text)]
    assert "示例县2025年部门预算" not in names
    assert names[:3] == ["新写的受益学生", "新写的学校数量", "新写的家长满意度"]
    # (the second title is read from its year on, 部门预算 and all: only the publisher before it, after the office, is
    # left unread; the first, leading its line, is the title's)
    assert [t for t in diagnostics(text) if t.startswith("示例县")] == ["示例县"]


def test_a_flattened_header_block_s_subsidy_from_above_on_a_line_of_its_own():
    """其中：财政拨款40.00, then 省级补助8.60 on its own line: a source of funds (a key), not more of the 财政拨款's
    amount (40.00省级补助8.60, no number)."""
    text = (
        "项目名称示例项目\n项目资金（万元）\n年度资金总额48.60\n其中：财政拨款40.00\n省级补助8.60\n"
        "一级指标二级指标三级指标指标值\n产出指标数量指标新写的公益演出不少于100场\n"
    )
    amounts = parse_document(text, form="columns").units[0].projects[0].amounts
    assert (amounts.total, amounts.fiscal) == (Decimal("48.60"), Decimal("40.00"))


@pytest.mark.parametrize(
    ("row", "name", "value"),
    [
        ("新写的改造提升早餐门店15家市场运行股", "新写的改造提升早餐门店", "15家"),
        ("新写的食品安全事故零事故食品科", "新写的食品安全事故", "零事故"),
    ],
)
def test_a_word_of_the_name_is_no_value_where_a_quantity_follows_before_free_text(row: str, name: str, value: str):
    """指标名称, 年度指标值, 填报股室: a state or verb word inside the name (提升, 安全) read as a value of words would
    leave a quantity in the free text after it (早餐门店15家…, 事故零事故…): the value is that quantity, the name all
    before it."""
    text = f"项目名称示例项目\n序号指标名称年度指标值填报股室\n1{row}\n"
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [(name, value)]


def test_a_deadline_before_a_festival_named_by_its_date():
    """2026年五一前 (before May Day, 五一 in quotes or not) is a deadline whole, not a year 2026年 and words after it."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标指标值及单位绩效标准\n"
        "产出指标时效指标新写的营地对外营业时间2026年五一前计划标准\n新写的码头启用时间2026年“十一”前计划标准\n"
    )
    assert [(i.name, i.annual_target.raw, i.annual_target.kind) for i in indicators(text)] == [
        ("新写的营地对外营业时间", "2026年五一前", "timeframe"),
        ("新写的码头启用时间", "2026年“十一”前", "timeframe"),
    ]


def test_a_time_printed_between_the_name_and_the_value_is_the_column_of_when():
    """三级指标, 统计时点, 指标值: 新增高技能人才年末350人以上 is the name, the time 年末 (a column the model does not
    name, kept in extra) and the value; not a name ending in 年末."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标统计时点指标值\n产出指标数量指标新写的高技能人才年末350人以上\n"
        "新写的一体化教学专业9月5至7个\n"
    )
    assert [(i.name, i.annual_target.raw, i.extra) for i in indicators(text)] == [
        ("新写的高技能人才", "350人以上", {"统计时点": "年末"}),
        ("新写的一体化教学专业", "5至7个", {"统计时点": "9月"}),
    ]


def test_a_flattened_grid_whose_kind_and_sign_columns_stand_apart():
    """指标类型 (定量, 定性) before the value and 指标值符号 (≥) after its unit: both read, the sign applied."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标指标类型目标值单位指标值符号权重\n"
        "产出指标数量指标新写的补植面积定量12亩≥10\n"
    )
    assert [(i.name, i.annual_target.raw, i.annual_target.comparator, i.weight) for i in indicators(text)] == [
        ("新写的补植面积", "12", ">=", Decimal("10"))
    ]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("新写的奖补兑付", "验收合格后30个工作日内"),
        ("新写的故障修复", "接报后4小时内"),
        ("新写的成绩公布", "考后25个工作日内"),
        ("新写的投诉处理", "接到投诉后3个工作日内"),
        ("新写的报告报送", "田野工作结束后3个月内"),
        ("新写的资助拨付", "签订协议后一个月内"),
        ("新写的案件审结", "立案之日起30日内"),
        ("新写的结论送达", "自受理之日起60个工作日内"),
        ("新写的资金拨付", "代偿发生后30日内"),
    ],
)
def test_a_limit_counted_from_an_event_starts_the_value_at_the_event(name: str, value: str):
    """A time limit counted from an event (验收合格后, 接报后, 考后 …) is the value's from its event on: 设备故障修复
    接报后4小时内 is 设备故障修复 | 接报后4小时内, not a name ending in 接报后 and a value 4小时内."""
    text = f"项目名称示例项目\n一级指标二级指标三级指标指标值\n产出指标时效指标{name}{value}\n"
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [(name, value)]


@pytest.mark.parametrize("value", ["不突破38万元", "不超出5%"])
def test_a_ceiling_not_to_be_broken_starts_the_value(value: str):
    """不突破 and 不超出 (do not exceed) are comparators before a value, ≤ (突破 alone is more than): 年度电费不突破38万元
    is 年度电费 | 不突破38万元, not a name ending in 不."""
    text = f"项目名称示例项目\n一级指标二级指标三级指标指标值\n产出指标成本指标新写的年度电费{value}\n"
    assert [(i.name, i.annual_target.raw, i.annual_target.comparator) for i in indicators(text)] == [
        ("新写的年度电费", value, "<=")
    ]


def test_a_free_text_column_after_the_name_marked_empty_by_a_dash_ends_the_name():
    """三级指标, 志稿环节, 指标值: 存史资政作用—有效发挥 is the name, the 志稿环节 cell marked empty (—, kept in extra as
    written) and the value; not one name 存史资政作用—有效发挥 with no value, nor a value cut inside ≥百分之九十."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标志稿环节指标值\n效益指标社会效益指标新写的资政作用—有效发挥\n"
        "满意度指标服务对象满意度指标新写的群众满意度—≥百分之九十\n"
    )
    assert [(i.name, i.annual_target.raw, i.extra) for i in indicators(text)] == [
        ("新写的资政作用", "有效发挥", {"志稿环节": "—"}),
        ("新写的群众满意度", "≥百分之九十", {"志稿环节": "—"}),
    ]


def test_a_span_s_dash_after_a_time_is_no_mark_of_an_empty_free_text_cell():
    """三级指标, 测量方式, 指标值: in 新写的建设周期按施工日志2025年5月—9月 the dash joins a span of months (the value
    2025年5月—9月), no mark of an empty 测量方式 before a value 9月."""
    text = "项目名称示例项目\n一级指标二级指标三级指标测量方式指标值\n产出指标时效指标新写的建设周期按施工日志2025年5月—9月\n"
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [("新写的建设周期", "2025年5月—9月")]


def test_a_month_s_own_word_after_its_number_is_a_date_not_a_unit():
    """大小关系, 指标值, 数值单位, 分值: ≤11月底6 is ≤ | 11月底 | (no unit) | 6, a deadline; not the number 11 with a
    unit 月底."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标大小关系指标值数值单位分值\n产出指标时效指标新写的活动完成≤11月底6\n"
    )
    [indicator] = indicators(text)
    assert (indicator.annual_target.raw, indicator.annual_target.kind, indicator.weight) == (
        "11月底",
        "timeframe",
        Decimal("6"),
    )


def test_a_label_whose_bracketed_points_wrapped_to_the_line_of_its_first_row():
    """产出指标 on a line of its own, （50分) glued before the row it starts (a line break typed inside the 一级 cell):
    one label 产出指标 with its points, not a name （50分)数量指标… under the label before."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标年度指标值\n产出指标\n（50分)数量指标新写的受理事项约2400件\n"
        "质量指标新写的受理率≥98%\n效益指标\n（30分)社会效益指标新写的重复事项同比减少15%\n"
    )
    assert [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in indicators(text)] == [
        ("产出指标", "数量指标", "新写的受理事项", "约2400件"),
        ("产出指标", "质量指标", "新写的受理率", "≥98%"),
        ("效益指标", "社会效益指标", "新写的重复事项", "同比减少15%"),
    ]


def test_a_weight_printed_in_percent_after_a_unit_and_a_sign():
    """指标值, 计量单位, 比较标识, 权重: 新写的作品500件≥10% is 500 | 件 | ≥ | 10% (the weight 10, its sign printed), not a
    name ending in 500件 and a value ≥10."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标指标值计量单位比较标识权重\n产出指标数量指标新写的大赛1届＝10%\n"
        "新写的作品500件≥10%\n质量指标新写的占比80%≥5%\n"
    )
    read = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit, i.weight)
        for i in indicators(text)
    ]
    assert read == [
        ("新写的大赛", "1", "=", "届", Decimal("10")),
        ("新写的作品", "500", ">=", "件", Decimal("10")),
        ("新写的占比", "80", ">=", "%", Decimal("5")),
    ]


def test_a_free_text_column_after_the_name_read_from_the_words_most_names_end_in():
    """三级指标, 指标等级, 指标值: where most of a grid's names end in one of a few words (核心, 一般), those words are
    the 指标等级 column's (kept in extra), the names cut before them, with a warning; a name that ends in neither
    keeps its words."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标指标等级指标值\n产出指标数量指标新写的导盲杖核心150根\n"
        "新写的盲道巡查一般45公里\n新写的训练核心8期\n质量指标新写的质保期一般两年\n新写的覆盖核心100%\n"
    )
    document = parse_document(text)
    read = [(i.name, i.annual_target.raw, i.extra) for i in document.units[0].projects[0].indicators]
    assert read == [
        ("新写的导盲杖", "150根", {"指标等级": "核心"}),
        ("新写的盲道巡查", "45公里", {"指标等级": "一般"}),
        ("新写的训练", "8期", {"指标等级": "核心"}),
        ("新写的质保期", "两年", {"指标等级": "一般"}),
        ("新写的覆盖", "100%", {"指标等级": "核心"}),
    ]
    assert any("核心, 一般" in d.message for d in document.all_diagnostics())


def test_names_that_share_no_ending_keep_the_free_text_glued_to_them():
    """The same grid whose names end in words of their own: nothing is cut (the free text stays in the names, with
    the warning that it may be there)."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标指标等级指标值\n产出指标数量指标新写的导盲杖核心150根\n"
        "新写的盲道巡查一般45公里\n新写的训练重点8期\n质量指标新写的质保期普通两年\n"
    )
    assert [i.name for i in indicators(text)] == [
        "新写的导盲杖核心",
        "新写的盲道巡查一般",
        "新写的训练重点",
        "新写的质保期普通",
    ]


@pytest.mark.parametrize(("first", "second"), [("#01", "#02"), ("#9", "#10"), ("指标01", "指标02")])
def test_flattened_rows_numbered_with_a_hash_or_as_indicators(first: str, second: str):
    """序号, 指标名称, 年度指标值, 归口科室: #01新写的征集渠道5类综合科 starts with its 序号 #01 (or #9, 指标01), not a
    name #01新写的征集渠道."""
    text = (
        "项目名称示例项目\n序号指标名称年度指标值归口科室\n"
        f"{first}新写的征集渠道5类综合科\n{second}新写的征集建议不少于六百条建议征集科\n"
    )
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (int(first.lstrip("#指标")), "新写的征集渠道", "5类"),
        (int(second.lstrip("#指标")), "新写的征集建议", "不少于六百条"),
    ]


def test_flattened_rows_numbered_in_capital_numerals_in_brackets_and_a_count_every_half_year():
    """序号, 指标名称, 指标值: （壹）新写的点校整理3种 starts with its 序号 （壹）; 每半年一次 (each half year, once, in
    numerals) is a value from 每 on, not a name ending in 每半年."""
    text = "项目名称示例项目\n序号指标名称指标值\n（壹）新写的点校整理3种\n（贰）新写的评选每半年一次\n"
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)] == [
        (1, "新写的点校整理", "3种"),
        (2, "新写的评选", "每半年一次"),
    ]


def test_a_grid_on_one_line_numbered_within_parts_whose_next_number_is_glued_before_the_categories():
    """序号, …, 分值 on one line, the 序号 numbered within parts (01-01, 01-02, 02-01): …每家1间801-04质量指标… is the
    row's 分值 8, then the next row's 序号 01-04 before its categories, not a name ending in 801 and a value -0."""
    text = (
        "项目名称新写的项目\n序号一级指标二级指标三级指标指标值分值01-01产出指标数量指标新写的改造5家801-02新写的电子秤"
        "320台801-03新写的快检室每家1间801-04质量指标新写的合格率100%801-05新写的快检≥98%802-01效益指标经济效益指标"
        "新写的营业额较上年增长10%8\n"
    )
    read = [(i.seq, i.name, i.annual_target.raw, i.weight) for i in indicators(text)]
    assert read == [
        (1001, "新写的改造", "5家", Decimal("8")),
        (1002, "新写的电子秤", "320台", Decimal("8")),
        (1003, "新写的快检室", "每家1间", Decimal("8")),
        (1004, "新写的合格率", "100%", Decimal("8")),
        (1005, "新写的快检", "≥98%", Decimal("8")),
        (2001, "新写的营业额", "较上年增长10%", Decimal("8")),
    ]


def test_a_value_after_quantitative_may_hold_a_comparator_word():
    """指标性质, 指标值, 度量单位, 权重: 定量不少于8场6 is 定量 | 不少于8 | 场 | 6 (定量 a kind, the value holding its own
    comparator in words, as it may in a sign: 定量≥6000件10), not a name ending in 定量."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标指标性质指标值度量单位权重指标方向性\n"
        "产出指标数量指标新写的受理定量≥６０００件10正向\n新写的进校园定量不少于8场6正向\n"
    )
    read = [(i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit) for i in indicators(text)]
    assert read == [("新写的受理", "≥６０００", ">=", "件"), ("新写的进校园", "不少于8", ">=", "场")]


def test_a_level_2_s_points_cap_its_rows_weights():
    """分值 before 指标值, the 二级 printing its points (时效指标（10）分): 新写的报告512月中旬 is 5 | 12月中旬 (51 is
    more than the 二级's 10 points), not a row left unread."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标分值指标值\n产出指标时效指标（10）分新写的核查5推送后10个工作日内\n"
        "新写的报告512月中旬\n成本指标（60）分新写的费用51不超过38万元\n"
    )
    read = [(i.name, i.annual_target.raw, i.weight) for i in indicators(text)]
    assert read == [
        ("新写的核查", "推送后10个工作日内", Decimal("5")),
        ("新写的报告", "12月中旬", Decimal("5")),
        ("新写的费用", "不超过38万元", Decimal("51")),
    ]


def test_a_one_line_grid_numbered_in_brackets_in_full_width_digits_after_an_unknown_last_name():
    """序号, 三级指标, 目标值, 考核单位 (a name the model does not know) on one line, the rows numbered （１）（２）…: the
    header ends before （１） (its opening bracket no part of 考核单位), and each row at the next number written in the
    same full-width digits."""
    text = (
        "项目名称新写的项目序号三级指标目标值考核单位（１）新写的担保业务8亿元区金融局（２）新写的服务户数500户担保公司"
        "（３）新写的费率≤1%担保公司\n"
    )
    read = [(i.seq, i.name, i.annual_target.raw, i.extra) for i in indicators(text)]
    assert read == [
        (1, "新写的担保业务", "8亿元", {"考核单位": "区金融局"}),
        (2, "新写的服务户数", "500户", {"考核单位": "担保公司"}),
        (3, "新写的费率", "≤1%", {"考核单位": "担保公司"}),
    ]


def test_a_name_no_longer_than_a_common_free_word_and_one_character_keeps_it():
    """Where most names end in 核心 or 一般 (the 指标等级 column's words), a name that would keep one character only
    once the word is cut (新一般) keeps its words: no name of one character is read."""
    text = (
        "项目名称示例项目\n一级指标二级指标三级指标指标等级指标值\n产出指标数量指标新写的导盲杖核心150根\n"
        "新写的盲道巡查一般45公里\n新写的训练核心8期\n新写的质保期一般两年\n新一般5个\n"
    )
    names = ["新写的导盲杖", "新写的盲道巡查", "新写的训练", "新写的质保期", "新一般"]
    assert [i.name for i in indicators(text)] == names


def test_rows_parted_by_word_s_manual_line_breaks(tmp_path):
    """A Word paragraph a project, its rows parted by manual line breaks (Shift+Enter), as Word's text gives them:
    a vertical tab (\\x0b) between rows, CRLF after each project. Each vertical tab ends a line, in a text and in
    a file alike (the project had been one line: a row's last cell, 区园林局, read with the next row's name)."""
    project = "\x0b".join(
        [
            "项目名称示例公园巡护项目",
            "一级指标二级指标三级指标指标值测评主体",
            "产出指标数量指标巡护园区次数≥24次区园林局",
            "巡护设施数量≥120处第三方机构",
            "质量指标设施完好率≥95%区园林局",
        ]
    )
    text = project + "\r\n" + project.replace("公园", "湿地") + "\r\n"
    rows = [
        ("巡护园区次数", "≥24次", "区园林局"),
        ("巡护设施数量", "≥120处", "第三方机构"),
        ("设施完好率", "≥95%", "区园林局"),
    ]
    for document in (parse_document(text), read_document(_written(tmp_path, text))):
        got = [
            (p.name, [(i.name, i.annual_target.raw, i.extra.get("测评主体")) for i in p.indicators])
            for u in document.units
            for p in u.projects
        ]
        assert got == [(f"示例{place}巡护项目", rows) for place in ("公园", "湿地")]


def _written(folder, text: str):
    path = folder / "rows.txt"
    path.write_bytes(text.encode("utf-8"))
    return path


def test_a_one_line_grid_s_last_column_of_a_few_words_is_cut_from_the_next_name():
    """A project on one line whose grid ends in a column of a few words (巡护班组: 一班, 二班): a row's word glued to
    the next row's name (…≥24次一班巡护设施数量…). A name that starts with a word the column holds whole in another
    row gives it back to the row before (it had read 一班巡护设施数量, the row before with no 巡护班组)."""
    text = (
        "项目名称：示例公园巡护项目一级指标二级指标三级指标指标值巡护班组"
        "产出指标数量指标巡护园区次数≥24次一班巡护设施数量≥120处二班"
        "质量指标设施完好率≥95%二班巡护记录完整率100%一班时效指标巡护响应时间≤30分钟一班\n"
    )
    got = [(i.name, i.annual_target.raw, i.extra.get("巡护班组")) for i in indicators(text)]
    assert got == [
        ("巡护园区次数", "≥24次", "一班"),
        ("巡护设施数量", "≥120处", "二班"),
        ("设施完好率", "≥95%", "二班"),
        ("巡护记录完整率", "100%", "一班"),
        ("巡护响应时间", "≤30分钟", "一班"),
    ]


def test_a_sequence_of_ordinals_and_a_name_that_starts_with_one():
    """序号 written as ordinals, 第一, 第二 (not 第1项): a 序号 where it is the next one and no word goes on (第三方 is
    a word a name starts with): 第三第三方评估覆盖率 is 第三 and 第三方评估覆盖率."""
    text = PLAIN.replace("一级指标", "序号一级指标") + (
        "第一产出指标数量指标巡查河道长度≥12公里\n第二质量指标隐患处置率100%\n第三第三方评估覆盖率≥90%\n"
    )
    got = [(i.seq, i.level2.name, i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        (1, "数量指标", "巡查河道长度", "≥12公里"),
        (2, "质量指标", "隐患处置率", "100%"),
        (3, "质量指标", "第三方评估覆盖率", "≥90%"),
    ]


def test_a_flattened_header_with_several_names_the_model_does_not_know():
    # 达标符号 names a comparator column and 量纲单位 a unit's; 评判依据 no column the model names. A header of
    # several such names parts among the names the model knows (计量口径 | 权重 | 评判依据, not one last name
    # 计量口径权重评判依据), and the rows read under the known columns: sign and unit applied to the value
    from indicator_parser.forms.columns.flat import split_header

    header = "一级指标二级指标三级指标达标符号指标值计量口径权重评判依据"
    assert [header[x:y] for x, y in split_header(header)] == [
        *("一级指标", "二级指标", "三级指标", "达标符号", "指标值", "计量口径", "权重", "评判依据")
    ]
    text = (
        "项目名称示例市某某区版权登记资助项目\n"
        "一级指标二级指标三级指标达标符号指标值量纲单位权重评判依据\n"
        "产出指标数量指标作品著作权登记量≥6,500件15登记系统统计\n"
        "质量指标登记材料审核差错率≤0.5%10抽查复核\n"
    )
    got = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit, i.weight, i.extra)
        for i in indicators(text)
    ]
    assert got == [
        ("作品著作权登记量", "6,500", ">=", "件", Decimal(15), {"评判依据": "登记系统统计"}),
        ("登记材料审核差错率", "0.5", "<=", "%", Decimal(10), {"评判依据": "抽查复核"}),
    ]


def test_a_baseline_column_after_the_weight_is_a_value_column():
    # 现状值 (and 基线值), the level a target starts from, is a value's column the model keeps in extra: its number
    # after the weight's is a number of its own (3.5|10|3.8), not free text the digits may run into (3.510|3.8)
    text = (
        "项目名称示例市某某县耕地项目\n"
        "一级指标二级指标三级指标计量单位指标性质指标值权重现状值\n"
        "产出指标成本指标每亩补充耕地建设成本万元/亩小于等于3.5103.8\n"
    )
    (indicator,) = indicators(text)
    target = indicator.annual_target
    assert (target.raw, target.comparator, target.value, target.unit) == ("3.5", "<=", Decimal("3.5"), "万元/亩")
    assert (indicator.weight, indicator.extra) == (Decimal(10), {"现状值": "3.8"})


def test_a_sign_column_named_by_what_it_does_and_fu_hao_is_a_comparator_column():
    """A flattened header's 核验符号, a name the model does not list, is a sign's column (two Chinese characters
    and 符号), not 核验 and 符号; 权重符号 stays two names, a weight's column and a sign's."""
    header = "一级指标二级指标三级指标核验符号指标值计量单位"
    assert [header[x:y] for x, y in split_header(header)] == [
        *("一级指标", "二级指标", "三级指标", "核验符号", "指标值", "计量单位"),
    ]
    weighted = "一级指标二级指标三级指标权重符号指标值计量单位"
    assert [weighted[x:y] for x, y in split_header(weighted)] == [
        *("一级指标", "二级指标", "三级指标", "权重", "符号", "指标值", "计量单位"),
    ]
    text = f"项目名称：示例市某某区路灯维修项目\n{header}\n产出指标数量指标维修路灯≥120盏\n质量指标路灯亮灯率≥98%\n"
    got = [(i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit) for i in indicators(text)]
    assert got == [("维修路灯", "120", ">=", "盏"), ("路灯亮灯率", "98", ">=", "%")]
    assert diagnostics(text) == []


def test_a_sequence_number_of_a_part_and_its_number_both_with_a_leading_zero():
    """Flattened 序号 01.01, 01.02, 02.01 (a part and its number, each with a leading zero, a dot between): the
    序号, not the name's start (.01举办… had been read, the part taken for the 序号)."""
    text = "项目名称：示例市某某区企业家培训项目\n序号指标名称年度指标值\n" + (
        "01.01举办专题研修班3期\n01.02培训经营管理人员不少于三百人次\n02.01学员出勤率≥90%\n"
    )
    got = [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        (1001, "举办专题研修班", "3期"),
        (1002, "培训经营管理人员", "不少于三百人次"),
        (2001, "学员出勤率", "≥90%"),
    ]


def test_nested_sequence_numbers_are_the_sequence_column_s_not_the_name_s():
    # （一）1, （一）2-1, 1-(5)-1: a step in brackets beside a bare one, each row's next or a step below or above the
    # one before; kept as written in extra, the name after it whole (not 1规范化建设团支部, -(1)开设…)
    text = "项目名称：示例团支部建设项目\n序号三级指标年度指标值目标层级\n" + (
        "（一）1规范化建设团支部120个区级\n"
        "（一）2团支部书记轮训346人次区级\n"
        "（一）2-1其中：非公企业团支部书记不少于80人次区级\n"
        "（二）1团员参与组织生活比例较上年提升10个百分点支部级\n"
    )
    got = [(i.extra.get("序号"), i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        ("（一）1", "规范化建设团支部", "120个"),
        ("（一）2", "团支部书记轮训", "346人次"),
        ("（一）2-1", "其中：非公企业团支部书记", "不少于80人次"),
        ("（二）1", "团员参与组织生活比例", "较上年提升10个百分点"),
    ]
    text = "项目名称：示例青年骨干培养项目\n序号三级指标年度指标值目标层级\n" + (
        "1-(1)开设培训班2期区级\n1-(2)实践调研课题20项区级\n1-(2)-1优秀调研报告5篇区级\n1-(3)结业率≥95%区级\n"
        "2-(1)调研成果转化≥5项区级\n"
    )
    got = [(i.extra.get("序号"), i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        ("1-(1)", "开设培训班", "2期"),
        ("1-(2)", "实践调研课题", "20项"),
        ("1-(2)-1", "优秀调研报告", "5篇"),
        ("1-(3)", "结业率", "≥95%"),
        ("2-(1)", "调研成果转化", "≥5项"),
    ]


def test_a_bracketed_sequence_number_before_a_name_that_starts_with_digits_stays_alone():
    # （一）12345热线…: no nested 序号 （一）12 (it would not follow), the name keeps its digits
    text = "项目名称：示例热线项目\n序号三级指标年度指标值\n（一）12345热线接通率≥95%\n（二）热线回访率≥90%\n"
    got = [(i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [("12345热线接通率", "≥95%"), ("热线回访率", "≥90%")]


@pytest.mark.parametrize(
    ("header", "kinds"),
    [
        # a sign's column named by what it compares and what it does, or by its mark twice
        ("比较判定", ["comparator"]),
        ("比对运算符", ["comparator"]),
        ("比较运算关系", ["comparator"]),
        ("符号标识", ["comparator"]),
        ("数值关系", ["comparator"]),  # (the relation a number stands in)
        # a kind's column, then a sign's: both comparators
        ("目标值类型关系判定", ["comparator", "comparator"]),
        ("数值类型比较关系符", ["comparator", "comparator"]),
        ("定性定量运算符号", ["comparator", "comparator"]),
    ],
)
def test_flattened_header_names_of_sign_and_kind_columns(header, kinds):
    text = "一级指标二级指标三级指标" + header + "指标值权重"
    names = [text[x:y] for x, y in split_header(text)]
    assert "".join(names[3 : 3 + len(kinds)]) == header
    assert names[:3] == ["一级指标", "二级指标", "三级指标"] and names[-2:] == ["指标值", "权重"]
    from indicator_parser.forms.columns.headers import grid_field

    assert [grid_field(n) for n in names[3:-2]] == kinds


@pytest.mark.parametrize(
    "unit",
    ["值单位", "量词单位", "度量口径", "计量口径单位", "量纲名称", "计值量纲", "指标单位名", "衡量单位", "指标量纲"],
)
def test_flattened_header_names_of_a_unit_column(unit):
    text = "一级指标二级指标三级指标判定符号指标值" + unit + "权重"
    names = [text[x:y] for x, y in split_header(text)]
    assert names == ["一级指标", "二级指标", "三级指标", "判定符号", "指标值", unit, "权重"]


def test_a_kind_column_beside_a_sign_column_reads_the_sign_and_keeps_the_kind():
    # 目标值类型 (定量, 定性) then 关系判定 (≥, ＝): the sign is the comparator; the kind stays in extra, as written
    text = "项目名称：示例动漫扶持项目\n一级指标二级指标三级指标目标值类型关系判定指标值值单位分值\n" + (
        "产出指标数量指标扶持原创动漫作品定量≥20部10\n举办动漫节展活动定量＝2届5\n"
        "效益指标社会效益指标本土文化影响力定性提升5\n"
    )
    got = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.value, i.annual_target.unit, i.extra)
        for i in indicators(text)
    ]
    assert got == [
        ("扶持原创动漫作品", "20", ">=", Decimal("20"), "部", {"目标值类型": "定量"}),
        ("举办动漫节展活动", "2", "=", Decimal("2"), "届", {"目标值类型": "定量"}),
        ("本土文化影响力", "提升", None, None, None, {}),
    ]


def test_a_date_between_a_sign_and_a_unit_marked_none_by_a_dash():
    # ≤|2025年10月|—|5|一次性: the date is the value whole, the dash the empty unit's (not 20|…|2|5年10月—5一次性)
    text = "项目名称：示例焦化监测项目\n一级指标二级指标三级指标比对运算符指标值计值量纲权重数据采集频次\n" + (
        "产出指标数量指标评估监测焦炉＝6座10一次性\n时效指标评估监测报告出具≤2025年10月—5一次性\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.comparator, i.weight) for i in indicators(text)]
    assert got == [("评估监测焦炉", "6", "=", Decimal("10")), ("评估监测报告出具", "2025年10月", "<=", Decimal("5"))]


def test_a_nested_sequence_number_with_a_point_and_one_named_for_items_within_parts():
    # 一.(1): a part in Chinese numerals, a point, then the bracketed step; 分项序号 names the 序号 column ((1-1))
    text = "项目名称：示例丝绸博物馆项目\n序号指标名称年度指标值\n一.(1)新增丝绸文物展品120件（套）\n一.(2)展陈文字审核差错率低于万分之一\n"
    got = [(i.extra.get("序号"), i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [("一.(1)", "新增丝绸文物展品", "120件（套）"), ("一.(2)", "展陈文字审核差错率", "低于万分之一")]
    for glue in ("\n", ""):  # (a line each, or the whole table on one line after the year's goal)
        text = glue.join(
            [
                "项目名称示例探空业务项目",
                "年度目标全年每日施放探空气球2次。",
                "分项序号三级指标指标值审核人",
                "(1-1)定时施放探空气球每日2次业务科",
                "(1-2)全年探空观测730次业务科",
            ]
        )
        got = [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)]
        assert got == [(1001, "定时施放探空气球", "每日2次"), (1002, "全年探空观测", "730次")], glue


def test_a_label_s_points_after_a_no_break_space():
    # 产出指标\xa0（50分）: a copy's no-break space between the 一级 and its points (not a name （50分）数量指标…)
    text = "项目名称：示例调解项目\n一级指标二级指标三级指标年度指标值分值\n产出指标\xa0（50分）数量指标受理调解案件≥600件10\n"
    got = [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [("产出指标", "数量指标", "受理调解案件", "≥600件")]


def test_free_text_after_a_value_starts_neither_inside_its_unit_nor_at_a_word_of_duty():
    # ≤30分钟|值班记录 (not ≤30分|钟值班记录: 分钟 is one unit, 值班 starts words), ≤0.3mg/m³|按日, ≤4Ω|行业标准
    text = "项目名称：示例海事搜救项目\n一级指标二级指标三级指标指标值佐证资料\n" + (
        "产出指标时效指标险情接警后出艇时间≤30分钟值班记录\n质量指标舱内氨气浓度≤0.3mg/m³按日检测\n"
        "接地电阻≤4Ω检测报告\n"
    )
    got = [(i.name, i.annual_target.raw, i.extra["佐证资料"]) for i in indicators(text)]
    assert got == [
        ("险情接警后出艇时间", "≤30分钟", "值班记录"),
        ("舱内氨气浓度", "≤0.3mg/m³", "按日检测"),
        ("接地电阻", "≤4Ω", "检测报告"),
    ]


def test_a_table_on_one_line_cut_into_rows_where_two_targets_glued_part_more_than_one_way():
    # ≥124.2万件10: 实施期 and 年度 glued (12|4.2 or 1|24.2?): the row still ends after its 权重, its targets left
    # unread (kept in the row, not guessed), and the next row is read on its own
    text = (
        "项目名称示例通行证签注项目一级指标二级指标三级指标计值符号实施期指标值年度指标值单位类别权重"
        "产出指标数量指标港澳通行证签注办理≥124.2万件10设备完好率≥9898%10"
    )
    got = [(i.name, i.period_target, i.annual_target and i.annual_target.raw) for i in indicators(text)]
    assert got == [("港澳通行证签注办理", None, None), ("设备完好率", got[1][1], "98")]
    assert got[1][1].raw == "98"
    assert any("≥124.2万件10" in d for d in diagnostics(text))


def test_a_table_on_one_line_with_a_free_last_column_of_few_words_parts_rows_at_them():
    # 统计频次 holds 按月, 年度, 按季: a name that holds one after a value (一体机两台|年度|出入境…) is two rows, and so
    # is a last cell that starts with one, a row of its own after it (年度|网上预约占比…|半年)
    text = (
        "项目名称示例出入境服务项目一级指标二级指标三级指标指标值统计频次"
        "产出指标数量指标受理出入境证件申请不少于3.2万件按月新增自助签注一体机两台年度出入境政策进企业宣讲每季度1次以上按季"
        "质量指标证件制作差错率万分之三以内按月成本指标经济成本指标自助一体机购置单价≤18.5万元/台年度"
        "效益指标社会效益指标群众跑动次数由2次减至1次年度出入境业务网上预约占比较上年提高十个百分点半年"
    )
    got = [(i.name, i.annual_target.raw, i.extra.get("统计频次")) for i in indicators(text)]
    assert got == [
        ("受理出入境证件申请", "不少于3.2万件", "按月"),
        ("新增自助签注一体机", "两台", "年度"),
        ("出入境政策进企业宣讲", "每季度1次以上", "按季"),
        ("证件制作差错率", "万分之三以内", "按月"),
        ("自助一体机购置单价", "≤18.5万元/台", "年度"),
        ("群众跑动次数", "由2次减至1次", "年度"),
        ("出入境业务网上预约占比", "较上年提高十个百分点", "半年"),
    ]


@pytest.mark.parametrize(
    ("header", "last"),
    [
        ("一级指标二级指标三级指标年度指标值实际完成值分值得分", "未达标原因分析及整改时限"),
        ("一级指标二级指标三级指标年度指标值实际完成值分值得分", "未达标原因及改进方向"),
        ("一级指标二级指标三级指标年度指标值实际完成值分值得分", "偏差原因及下步打算"),
        ("一级指标二级指标三级指标分值年度指标值实际完成值得分", "差异原因及整改"),
        ("一级指标二级指标三级指标年度指标值1-6月完成值全年预计完成值", "偏差原因及纠偏举措"),
        ("一级指标二级指标三级指标年度指标值实际完成值分值得分", "偏差产生原因及应对措施"),
    ],
)
def test_a_deviation_column_however_worded_is_one_name(header, last):
    # 未达标原因及改进方向: one column (not 未达标原因|及改进|方向, a direction's column), after the header's own names
    text = header + last
    names = [text[x:y] for x, y in split_header(text)]
    assert names[-1] == last
    assert names[:3] == ["一级指标", "二级指标", "三级指标"] and "".join(names[:-1]) == header


def test_a_sequence_numbered_within_parts_named_by_their_category():
    # 产出-1 … 效益-1 …: the 序号's, not the name's (not 产出-1租用灭火飞机)
    text = "项目名称：示例航空灭火项目\n序号指标名称年度指标值数据取得方式\n" + (
        "产出-1租用灭火飞机6架租赁合同\n产出-2航空巡护飞行不少于900架时飞行日志\n"
        "效益-1森林火灾受害率≤0.9‰统计年报\n满意-1林区群众满意度95%以上问卷\n"
    )
    got = [(i.extra.get("序号"), i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        ("产出-1", "租用灭火飞机", "6架"),
        ("产出-2", "航空巡护飞行", "不少于900架时"),
        ("效益-1", "森林火灾受害率", "≤0.9‰"),
        ("满意-1", "林区群众满意度", "95%以上"),
    ]


def test_a_kind_written_before_a_value_that_holds_its_own_sign_and_thousands():
    # 定量|≥1,500|户: 定量 is the 运算关系符 column's kind, the value holds its sign (not a name …胶农定量)
    text = "项目名称：示例胶农保险项目\n一级指标二级指标三级指标运算关系符指标值计量单位权重\n" + (
        "效益指标经济效益指标理赔资金惠及胶农定量≥1,500户10\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.value) for i in indicators(text)]
    assert got == [("理赔资金惠及胶农", "≥1,500", ">=", Decimal("1500"))]


def test_a_sequence_numbered_within_parts_named_by_heavenly_stems_with_a_dash():
    # 甲-1 … 乙-1: the 序号's (as 甲1 … 乙1), not the name's
    text = "项目名称：示例炸药库项目\n序号三级指标年度指标值考核周期\n" + (
        "甲-1新建防爆库房2座一次性\n甲-2视频监控覆盖率100%年度\n乙-1涉爆事故起数0起年度\n"
    )
    got = [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [(1001, "新建防爆库房", "2座"), (1002, "视频监控覆盖率", "100%"), (2001, "涉爆事故起数", "0起")]


def test_a_dash_after_a_value_of_words_is_the_empty_unit_s_and_a_row_fills_the_key_columns_its_grid_fills():
    # 定性|基本建立|—|5|年度 (not a value 基本建立— and the unit empty); ≤|1.25||10|季度 (not ≤|1.2510|季度||: four in
    # five rows fill 权重, so this one does too, the words it ends in the free column's)
    text = "项目名称：示例成品油整治项目\n一级指标二级指标三级指标判定关系指标值单位（量纲）权重考核周期\n" + (
        "产出指标数量指标检查加油站不少于260座次10半年\n成品油质量抽检不少于150批次10季度\n"
        "油罐车专项检查不少于2次/季度5季度\n质量指标电能利用效率≤1.2510季度\n"
        "效益指标可持续影响指标成品油流通监管长效机制定性基本建立—5年度\n"
    )
    got = [(i.name, i.annual_target.raw, i.weight, i.extra.get("考核周期")) for i in indicators(text)]
    assert got == [
        ("检查加油站", "260", Decimal("10"), "半年"),
        ("成品油质量抽检", "150", Decimal("10"), "季度"),
        ("油罐车专项检查", "2", Decimal("5"), "季度"),
        ("电能利用效率", "1.25", Decimal("10"), "季度"),
        ("成品油流通监管长效机制", "基本建立", Decimal("5"), "年度"),
    ]


def test_a_weight_printed_before_the_value_says_where_a_value_of_words_starts():
    # 权重 before 指标值: 训练大纲|10|修订完善1套 and 训练总结报告报送|5|训练结束后10日内 (not a name that takes them in),
    # while 吊桶灭火实装训练|10|8架次 stays one reading (not 1|08架次)
    text = "项目名称：示例吊桶灭火训练项目\n一级指标二级指标三级指标权重指标值\n" + (
        "产出指标数量指标吊桶灭火实装训练108架次\n时效指标训练总结报告报送5训练结束后10日内\n"
        "效益指标可持续影响指标训练大纲10修订完善1套\n"
    )
    got = [(i.name, i.weight, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        ("吊桶灭火实装训练", Decimal("10"), "8架次"),
        ("训练总结报告报送", Decimal("5"), "训练结束后10日内"),
        ("训练大纲", Decimal("10"), "修订完善1套"),
    ]


def test_a_limit_counted_from_an_event_of_two_characters_starts_at_the_event():
    # 检验结果出具|收样后20个工作日内 (not 检验结果出具收样后|20个工作日内); an event of one character listed as such keeps
    # its own start (地震自动速报时间|震后2分钟内, not 地震自动速报时|间震后…)
    text = "项目名称：示例乳品抽检项目\n一级指标二级指标三级指标指标值牵头科室\n" + (
        "产出指标时效指标检验结果出具收样后20个工作日内检验机构\n地震自动速报时间震后2分钟内监测中心\n"
    )
    got = [(i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [("检验结果出具", "收样后20个工作日内"), ("地震自动速报时间", "震后2分钟内")]


def test_a_sign_column_after_the_value_named_for_the_comparison_and_a_kind_after_words():
    # 值比较, 比较方向: a sign's column after the value and the unit (12|家|≥|10); 初步显现|定性|10 (words before 定性
    # printed after them are the value; not a value 初步显现定性10, a number that is none of the value's)
    for name in ("值比较", "比较方向"):
        text = f"项目名称：示例数据资产项目\n一级指标二级指标三级指标指标值度量单位{name}分值\n" + (
            "产出指标数量指标完成数据资源盘点企业12家≥10\n效益指标可持续影响指标产业链集群效应初步显现定性10\n"
        )
        got = [(i.name, i.annual_target.raw, i.annual_target.comparator, i.weight) for i in indicators(text)]
        assert got == [
            ("完成数据资源盘点企业", "12", ">=", Decimal("10")),
            ("产业链集群效应", "初步显现", None, Decimal("10")),
        ], name


def test_free_text_after_a_value_does_not_start_with_the_bound_of_its_number():
    # 同比减少15%以上|按季 (not 同比减少15%|以上按季); but 优|以上级调查机构… (after a grade, words of the free column)
    text = "项目名称：示例机扫保洁项目\n一级指标二级指标三级指标指标值报送频次\n" + (
        "效益指标社会效益指标道路扬尘投诉同比减少15%以上按季\n"
    )
    assert [(i.name, i.annual_target.raw, i.extra["报送频次"]) for i in indicators(text)] == [
        ("道路扬尘投诉", "同比减少15%以上", "按季")
    ]


def test_columns_of_an_indicator_s_polarity_and_its_scoring_rule_and_a_deviation_s_situation():
    # 指标导向 (正向, 反向) and 扣分办法: two columns (not one unknown name 指标导向扣分办法); 偏差情况说明 and
    # 偏差原因及纠正情况: a deviation's column
    for header, names in [
        ("一级指标二级指标三级指标目标值指标导向扣分办法", ["目标值", "指标导向", "扣分办法"]),
        ("一级指标二级指标三级指标年度指标值分值实际完成值得分偏差情况说明", ["得分", "偏差情况说明"]),
        ("一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因及纠正情况", ["得分", "偏差原因及纠正情况"]),
        # (and a unit's mark, 单位标识, as 单位符号: not 单位|标识权重指标值)
        ("一级指标二级指标三级指标比对方式指标值单位标识权重", ["指标值", "单位标识", "权重"]),
    ]:
        spans = split_header(header)
        assert spans is not None and [header[x:y] for x, y in spans][-len(names) :] == names


def test_a_limit_counted_from_an_end_or_an_order_received():
    # 成果提交|航飞结束后45日内 (not 成果提交航飞|结束后…), 应急信息发布到村|接指令后10分钟内 (not …到村接|指令后…)
    text = "项目名称：示例航拍测绘项目\n一级指标二级指标三级指标指标值责任股室\n" + (
        "产出指标时效指标成果提交航飞结束后45日内测绘股\n应急信息发布到村接指令后10分钟内广电站\n"
    )
    got = [(i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [("成果提交", "航飞结束后45日内"), ("应急信息发布到村", "接指令后10分钟内")]


@pytest.mark.parametrize("seq_name", ["序号", "序次", "行次"])
def test_a_whole_table_on_one_line_numbered_in_full_width_digits_with_a_full_width_point(seq_name):
    # １．…２．…: each a 序号 (as a Chinese input method types them), the free column's words before the next one its
    # row's; a header whose 序号 column is named 序次 or 行次 is cut before its first 序号 as one named 序号 is
    rows = [
        ("举办科普讲座", "12场", "年度计划"),
        ("发放宣传资料", "不少于3000份", "发放台账"),
        ("科普志愿者培训", "2期，每期不少于30人", "培训记录"),
        ("讲座进社区覆盖率", "≥80%", "活动台账"),
        ("讲座视频上线时间", "活动后3个工作日内", "平台记录"),
        ("讲座资料印制单价", "≤5元/份", "财务凭证"),
        ("居民科学素质", "稳步提升", "抽样调查"),
        ("讲座听众满意度", "90%以上", "问卷调查"),
    ]
    wide = str.maketrans("0123456789", "０１２３４５６７８９")
    line = f"{seq_name}三级指标目标值指标依据" + "".join(
        f"{str(k).translate(wide)}．{name}{value}{basis}" for k, (name, value, basis) in enumerate(rows, 1)
    )
    assert len(line) > 160  # a whole-table line
    text = "项目名称：示例科普讲座项目\n" + line + "\n"
    got = [(i.seq, i.name, i.annual_target.raw, i.extra.get("指标依据")) for i in indicators(text)]
    assert got == [(k, name, value, basis) for k, (name, value, basis) in enumerate(rows, 1)]


def test_a_sequence_numbered_within_parts_by_circled_numbers():
    # 1-① … 1-③, 2-①: a part's number and a circled one within it (not a name -①上线网络课程)
    text = "项目名称：示例网络学院项目\n行次三级指标指标值权重\n" + (
        "1-①上线网络课程≥150门10\n1-②注册学员1.2万名10\n2-①学员学习完成率≥85%10\n"
    )
    got = [(i.seq, i.name, i.annual_target.raw, i.weight) for i in indicators(text)]
    assert got == [
        (1001, "上线网络课程", "≥150门", Decimal("10")),
        (1002, "注册学员", "1.2万名", Decimal("10")),
        (2001, "学员学习完成率", "≥85%", Decimal("10")),
    ]


_ONE_LINE_ROWS = [
    ("产出指标", "数量指标", "推广新品种", "20个", "计划标准", "上年15个"),
    ("", "", "标准化栽培面积", "2000亩", "计划标准", "上年1600亩"),
    ("", "质量指标", "商品花一级品率", "≥70%", "行业标准", "65%"),
    ("", "时效指标", "展会举办时间", "2025年10月中旬", "计划标准", "—"),
    ("效益指标", "经济效益指标", "产业综合产值", "同比增长8%", "历史标准", "上年6.2亿元"),
    ("满意度指标", "服务对象满意度指标", "花农满意度", "≥85%", "计划标准", "83%"),
]


def _one_line_project(name: str, numbered: bool) -> str:
    """A project on one line; numbered, with a 序号 column first and a 对标参照值 column last."""
    header = (
        "序号一级指标二级指标三级指标指标值及单位绩效标准对标参照值"
        if numbered
        else "一级指标二级指标三级指标指标值绩效标准"
    )
    cells = "".join(f"{k}{''.join(row)}" if numbered else "".join(row[:5]) for k, row in enumerate(_ONE_LINE_ROWS, 1))
    return f"示例市某某县花卉服务中心2025年度项目支出绩效目标表项目名称{name}主管部门示例市某某县林业局{header}{cells}"


def test_a_one_line_grid_whose_last_header_name_is_unknown_and_whose_rows_are_numbered_by_a_bare_number():
    # …绩效标准对标参照值|1|产出指标…: the header ends before the first 序号 (not a row 对标参照值 and every row's
    # cells one column on)
    text = _one_line_project("示例花卉项目", numbered=True) + "\n"
    got = [(i.name, i.annual_target.raw, i.extra.get("对标参照值")) for i in indicators(text)]
    assert got == [(row[2], row[3], row[5]) for row in _ONE_LINE_ROWS]


@pytest.mark.parametrize(
    "prefixes",
    [
        ("blind_p1.txt:", "blind_p2.txt:"),  # (grep -H over a folder)
        ("2025-03-04 09:30:15,000 INFO [crawler] ", "2025-03-04 09:30:17,000 INFO [crawler] "),  # (a log)
    ],
)
def test_projects_a_line_led_by_a_tool_s_prefix_and_by_the_words_their_title_starts_with(prefixes):
    # each line a project, led by grep -H's file name or a log record's head, its title led by the department's
    # name: neither is a row of the project before (示例市某某县花卉服务中心|2025年度…绩效目标表)
    text = "".join(
        prefix + _one_line_project(name, numbered=False) + "\n"
        for prefix, name in zip(prefixes, ("示例花卉项目甲", "示例花卉项目乙"), strict=True)
    )
    document = parse_document(text)
    projects = [p for unit in document.units for p in unit.projects]
    assert [p.name for p in projects] == ["示例花卉项目甲", "示例花卉项目乙"]
    for project in projects:
        assert [(i.name, i.annual_target.raw) for i in project.indicators] == [
            (row[2], row[3]) for row in _ONE_LINE_ROWS
        ]
    assert not [d for d in document.diagnostics if d.severity == "error"]


_NUMBERED_ROWS = [
    ("新建观测点", "15个", "验收单"),
    ("配备观测仪器", "不少于30台（套）", "采购合同"),
    ("观测员培训", "2期，每期20人", "培训签到表"),
    ("观测数据上报及时率", "≥95%", "平台记录"),
    ("仪器采购完成时间", "2025年8月31日前", "采购合同"),
    ("单个观测点建设费用", "≤2.5万元", "决算报告"),
    ("观测数据服务群众", "1.2万人次", "平台统计"),
    ("观测点使用年限", "不低于10年", "设计文件"),
]


@pytest.mark.parametrize(
    ("marks", "seqs"),
    [
        ("ⅰⅱⅲⅳⅴⅵⅶⅷ", [1, 2, 3, 4, 5, 6, 7, 8]),  # (small Roman numerals, no mark after them)
        (
            ["第一项", "第二项", "第三项", "第四项", "第五项", "第六项", "第七项", "第八项"],
            [1, 2, 3, 4, 5, 6, 7, 8],
        ),
        # (parts named by their category, one skipped: 产出-6, then 效益-1 where no 成本 part is)
        (
            ["产出-1", "产出-2", "产出-3", "产出-4", "产出-5", "产出-6", "效益-1", "满意-1"],
            ["产出-1", "产出-2", "产出-3", "产出-4", "产出-5", "产出-6", "效益-1", "满意-1"],  # (kept as written)
        ),
    ],
)
def test_a_one_line_grid_numbered_in_a_series_or_in_words_after_a_last_column_the_model_does_not_know(marks, seqs):
    # 序号指标名称目标值数据来源及方式|ⅰ陆地…, …评价主体|第一项马头琴…: the header ends at the first 序号 (not a
    # name 数据来源及方式ⅰ陆地…, each row's free text before the next name)
    line = "序号指标名称目标值数据来源及方式" + "".join(
        f"{mark}{name}{value}{source}" for mark, (name, value, source) in zip(marks, _NUMBERED_ROWS, strict=True)
    )
    assert len(line) > 160  # a whole-table line
    got = [
        (i.extra.get("序号", i.seq), i.name, i.annual_target.raw, i.extra.get("数据来源及方式"))
        for i in indicators(line + "\n")
    ]
    assert got == [(k, *row) for k, row in zip(seqs, _NUMBERED_ROWS, strict=True)]


def test_a_whole_document_on_one_line_numbered_in_brackets_then_by_bare_numbers_glued_to_thousands_and_zeros():
    # 序号三级指标年度指标值备注|（一）…: （一） is the first row's 序号, not a note of the header's 备注; the title
    # 2025年部门预算项目绩效目标表 is a title (not 2025年部门预算项目 in the last note); 2,000|4… is 2,000 and the
    # 序号 4 (no number is grouped 2,0004); 0|8… is 0 and the 序号 8 (no number is written 08)
    first = [
        ("困境儿童摸排走访", "每季度1次", "覆盖全部村（社区）"),
        ("农村留守儿童关爱服务", "≥2,300人次", ""),
        ("儿童督导员业务培训", "2期，每期不少于80人", ""),
        ("困境儿童信息动态更新率", "100%", ""),
        ("线索报告时限", "发现后24小时内", "落实强制报告制度"),
        ("关爱服务项目完成时间", "2025年12月15日前", ""),
        ("儿童及监护人满意度", "≥92%", "第三方测评"),
    ]
    second = [
        ("新增普惠性托位", "≥300个"),
        ("普惠托位运营补助标准（元/个·年）", "2,000"),
        ("托育从业人员培训", "不少于4期"),
        ("托育机构安全事故", "0"),
        ("补助资金拨付时间", "2025年9月30日之前"),
        ("婴幼儿入托费用", "较市场价降低20%以上"),
        ("入托家庭满意度", "95%以上"),
    ]
    title = "2025年部门预算项目绩效目标表"
    marks = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"]
    line = (
        f"{title}项目名称示例未成年人保护项目主管部门示例局序号三级指标年度指标值备注"
        + "".join(f"{mark}{''.join(row)}" for mark, row in zip(marks, first, strict=True))
        + f"{title}项目名称示例托育补助项目主管部门示例局序号指标内容年度指标值"
        + "".join(f"{k}{''.join(row)}" for k, row in enumerate(second, 1))
    )
    document = parse_document(line + "\n")
    projects = [p for unit in document.units for p in unit.projects]
    assert [(i.name, i.annual_target.raw, i.extra.get("备注", "")) for i in projects[0].indicators] == first
    assert [(i.seq, i.name, i.annual_target.raw) for i in projects[1].indicators] == [
        (k, *row) for k, row in enumerate(second, 1)
    ]


@pytest.mark.parametrize(
    "marks",
    [
        ["Ⅰ-1", "Ⅰ-2", "Ⅰ-3", "Ⅰ-4", "Ⅱ-1", "Ⅱ-2", "Ⅲ-1"],  # (a part in Roman numerals)
        ["A-01", "A-02", "A-03", "A-04", "B-01", "B-02", "C-01"],  # (a lettered part, its numbers padded)
        ["一(1)", "一(2)", "一(3)", "一(4)", "二(1)", "二(2)", "三(1)"],  # (nested, the number in brackets)
    ],
)
def test_a_one_line_grid_whose_sequence_mark_is_glued_after_a_weight_and_before_its_row_s_categories(marks):
    # …计划标准10|Ⅰ-4|质量指标…: the 序号 is the next row's, before its category words (not the weight's 10Ⅰ-4 left
    # at the end of the row before, nor 10一(3) taken as one 序号)
    rows = [
        ("产出指标", "数量指标", "维护健康步道", "15条", "计划标准", "10"),
        ("", "", "维护健康主题公园", "3个", "计划标准", "5"),
        ("", "", "更新健康宣传栏", "120块", "计划标准", "10"),
        ("", "质量指标", "设施完好率", "≥95%", "行业标准", "10"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "稳步提升", "历史标准", "10"),
        ("", "", "步道周边居民经常锻炼比例", "≥40%", "计划标准", "10"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "计划标准", "10"),
    ]
    line = "项目名称示例健康步道项目主管部门示例局序号一级指标二级指标三级指标指标值及单位绩效标准权重" + "".join(
        mark + "".join(row) for mark, row in zip(marks, rows, strict=True)
    )
    assert len(line) > 160  # a whole-table line
    got = [(i.name, i.annual_target.raw, i.weight) for i in indicators(line + "\n")]
    assert got == [(row[2], row[3], Decimal(row[5])) for row in rows]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        *[(t, True) for t in ("Ⅰ-4", "A-01", "（三）", "3.", "③", "第3项", "一(2)", "产出-1", "A01")],
        # (what ends a value as well: a bare number or numeral, a unit's letter, a grade, a decimal, a weight
        # after a unit's letter, a range)
        *[(t, False) for t in ("10", "三", "m", "Ⅲ", "0.58", "7.566", "W10", "1-2", "0101", "（d）")],
    ],
)
def test_a_sequence_mark_of_its_own_is_told_from_the_end_of_a_value(text, marked):
    from indicator_parser.forms.columns.reader import marked_seq

    assert marked_seq(text) is marked


def test_an_article_cited_before_a_row_s_categories_in_a_grid_with_no_sequence_column_stays_the_text_s():
    # 考务工作规程第三十条|成本指标…: an article of a rule in the free column, no 序号 (the grid has no 序号 column)
    rows = [
        ("产出指标", "数量指标", "承办人事考试批次", "不少于九批次", "年度考试计划"),
        ("", "质量指标", "考务差错", "零差错", "考务工作规程第十二条"),
        ("", "时效指标", "成绩公布", "考后25个工作日内", "考务工作规程第三十条"),
        ("", "成本指标", "每考场组考成本", "不超过1200元/场", "市级支出标准"),
        ("效益指标", "社会效益指标", "考试安全", "无泄密事件", "考务工作规程"),
        ("满意度指标", "服务对象满意度指标", "考生满意度", "≥95%", "抽样问卷"),
    ]
    line = "项目名称示例人事考试项目主管部门示例局一级指标二级指标三级指标指标值指标值确定依据" + "".join(
        "".join(row) for row in rows
    )
    assert len(line) > 160  # a whole-table line
    got = [(i.name, i.annual_target.raw, i.extra.get("指标值确定依据")) for i in indicators(line + "\n")]
    assert got == [(row[2], row[3], row[4]) for row in rows]


def test_the_last_row_of_a_one_line_grid_numbered_to_the_end_of_a_series():
    # ㈠ … ㈩: after ㈩ no mark of the series follows, so the rest is the last row's (not cut anywhere it reads:
    # 传承人满意度|1|0|不, 低于百分之九十…)
    names = ["传承人带徒", "技艺培训", "进乡村巡演", "乐器制作", "考核合格率", "巡演完成", "巡演补助", "观演人次"]
    values = ["12名", "2期", "不少于二十场", "30把", "95%以上", "2025年10月底前", "不超过8000元/场", "1.2万人次"]
    rows = [*zip(names, values, strict=True), ("观演群众满意度", "≥90%"), ("传承人满意度", "不低于百分之九十")]
    marks = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
    line = "项目名称示例傩戏项目主管部门示例局序号指标名称权重年度指标值支撑材料" + "".join(
        f"{mark}{name}10{value}问卷调查" for mark, (name, value) in zip(marks, rows, strict=True)
    )
    got = [(i.name, i.weight, i.annual_target.raw, i.extra.get("支撑材料")) for i in indicators(line + "\n")]
    assert got[-1] == ("传承人满意度", Decimal("10"), "不低于百分之九十", "问卷调查")


def test_a_sequence_numbered_within_parts_with_a_mark_after_it():
    # 1.1. … 2.1.: a part, its number and a mark after them (not a name .1.修缮石牌坊)
    text = "项目名称：示例石牌坊项目\n序号指标名称年度指标值目标值来源\n" + (
        "1.1.修缮石牌坊6座项目实施方案\n1.2.牌坊周边环境整治3800㎡项目实施方案\n2.1.文物安全事故零发生安全生产责任制\n"
    )
    got = [(i.seq, i.name, i.annual_target.raw, i.extra.get("目标值来源")) for i in indicators(text)]
    assert got == [
        (1001, "修缮石牌坊", "6座", "项目实施方案"),
        (1002, "牌坊周边环境整治", "3800㎡", "项目实施方案"),
        (2001, "文物安全事故", "零发生", "安全生产责任制"),
    ]


def test_a_sign_column_printed_after_the_value_and_its_unit_takes_the_words_written_after_a_number():
    # 指标值|度量单位|上下限|权重: 85|%|以上|10 (not a value 85%以上), 2025年7月15日||以前|5, 良好||定性|10
    text = "项目名称：示例球幕影院项目\n一级指标二级指标三级指标指标值度量单位上下限权重\n" + (
        "产出指标质量指标投影系统亮度均匀度85%以上10\n时效指标设备安装完成时间2025年7月15日以前5\n"
        "效益指标可持续影响指标观众服务水平良好定性10\n"
    )
    got = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit, i.weight)
        for i in indicators(text)
    ]
    assert got == [
        ("投影系统亮度均匀度", "85", ">=", "%", Decimal("10")),
        ("设备安装完成时间", "2025年7月15日", "<=", None, Decimal("5")),
        ("观众服务水平", "良好", None, None, Decimal("10")),
    ]


def test_no_zero_is_taken_off_a_weight_where_the_free_text_after_it_holds_the_value():
    # 分值 before 指标值, then 赋分规则: 学员满意度|10|达到92%|第三方机构, not 1|0|达到92%…; 收购价格10较烟熏果每斤高
    # 0.5元以上…: 1|0 the only reading, none taken (a wrong number is worse than none)
    text = "项目名称：示例槟榔加工项目\n一级指标二级指标三级指标分值指标值赋分规则\n" + (
        "满意度指标服务对象满意度指标学员满意度10达到92%第三方机构\n"
        "效益指标经济效益指标烘干果收购价格10较烟熏果每斤高0.5元以上按抽样价格测算\n"
    )
    document = parse_document(text, form="columns")
    first, second = (i for u in document.units for p in u.projects for i in p.indicators)
    assert (first.name, first.weight, first.annual_target.raw) == ("学员满意度", Decimal("10"), "达到92%")
    assert second.annual_target is None or second.annual_target.value != Decimal("0")


def test_rows_joined_by_a_space_on_one_line_each_led_by_a_coded_sequence():
    # … 序号指标名称年度指标值 S01储备蔬菜总量…1200吨 S02耐储…: a space before a coded 序号 ends a row
    rows = [
        ("储备蔬菜总量", "动态储备不少于1200吨"),
        ("耐储蔬菜品种", "6种以上"),
        ("承储企业", "3至5家"),
        ("储备蔬菜质量抽检合格率", "≥98%"),
        ("应急投放响应时间", "接到指令后24小时内"),
        ("储备入库完成时间", "每年11月15日前"),
        ("储备费用补贴标准", "每吨每月不超过35元"),
        ("市民对蔬菜保供工作满意度", "不低于百分之九十"),
    ]
    line = "项目名称示例蔬菜储备项目 主管部门示例局 序号指标名称年度指标值 " + " ".join(
        f"S{k:02d}{name}{value}" for k, (name, value) in enumerate(rows, 1)
    )
    assert len(line) > 160  # a whole-table line
    got = [(i.name, i.annual_target.raw) for i in indicators(line + "\n")]
    # (where the first name ends in words before its value, 总量|动态储备…, is another matter: its row only)
    assert len(got) == len(rows) and got[0][1].endswith("1200吨") and got[1:] == rows[1:]


def test_a_sequence_printed_between_the_level_2_and_the_name():
    # 一级指标二级指标序号三级指标…: 产出指标数量指标|1-1.|核定受损农户…, then 1-2.核定… (not names 1-1.核定受损农户 and
    # -2.核定…)
    text = "项目名称：示例野猪补偿项目\n一级指标二级指标序号三级指标权重指标值核验频次\n" + (
        "产出指标数量指标1-1.核定受损农户10≥450户按季\n1-2.核定农作物受损面积10约2600亩按季\n"
        "质量指标1-3.损失核定准确率10≥98%按季\n"
    )
    got = [(i.seq, i.name, i.annual_target.raw) for i in indicators(text)]
    assert got == [
        (1001, "核定受损农户", "≥450户"),
        (1002, "核定农作物受损面积", "约2600亩"),
        (1003, "损失核定准确率", "≥98%"),
    ]


@pytest.mark.parametrize("marks", [("1—1", "1—2", "2—1"), ("1。", "2。", "3。")])
def test_a_sequence_parted_by_a_dash_or_closed_by_a_full_stop_starts_each_flattened_row(marks: tuple[str, ...]):
    text = "项目名称：示例渡口项目\n序号指标名称年度指标值\n" + (
        f"{marks[0]}渡船安全检查12次\n{marks[1]}救生衣配备200件\n{marks[2]}乘客满意度≥90%\n"
    )
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [
        ("渡船安全检查", "12次"),
        ("救生衣配备", "200件"),
        ("乘客满意度", "≥90%"),
    ]


@pytest.mark.parametrize(
    ("header", "names"),
    [
        # a value's sign and unit named after the value (目标值符号, 指标值计量单位), beside the value's own column
        (
            "一级指标二级指标三级指标目标值符号指标值指标值计量单位权重",
            ["一级指标", "二级指标", "三级指标", "目标值符号", "指标值", "指标值计量单位", "权重"],
        ),
        (
            "一级指标二级指标三级指标比对关系指标值目标值单位分值",
            ["一级指标", "二级指标", "三级指标", "比对关系", "指标值", "目标值单位", "分值"],
        ),
        # where no other value's name stands, 目标值 is the value and 单位 its unit; 计量 alone is no name here
        ("一级指标二级指标三级指标目标值单位", ["一级指标", "二级指标", "三级指标", "目标值", "单位"]),
        (
            "一级指标二级指标三级指标指标类型目标值单位指标值符号权重",
            ["一级指标", "二级指标", "三级指标", "指标类型", "目标值", "单位", "指标值符号", "权重"],
        ),
        ("一级指标二级指标三级指标指标值计量周期", ["一级指标", "二级指标", "三级指标", "指标值", "计量周期"]),
        # a last name the model does not know: as many names, the last known one the longer (二级指标, not 二级;
        # 指标值及单位, not 指标值)
        (
            "三级指标年度指标值一级指标二级指标指标值设定说明",
            ["三级指标", "年度指标值", "一级指标", "二级指标", "指标值设定说明"],
        ),
        (
            "一级指标二级指标三级指标绩效标准指标值及单位取数方式",
            ["一级指标", "二级指标", "三级指标", "绩效标准", "指标值及单位", "取数方式"],
        ),
    ],
)
def test_a_values_sign_or_unit_named_after_the_value_is_one_flattened_name(header: str, names: list[str]):
    assert [header[a:b] for a, b in split_header(header)] == names


def test_a_flattened_grid_with_a_sign_and_a_unit_named_after_the_target_reads_its_values():
    text = "项目名称：示例渡口项目\n一级指标二级指标三级指标目标值符号指标值指标值计量单位权重\n" + (
        "产出指标数量指标渡船安全检查≥12次10\n质量指标救生衣配备率＝100%10\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit) for i in indicators(text)]
    assert got == [("渡船安全检查", "12", ">=", "次"), ("救生衣配备率", "100", "=", "%")]


def test_a_roman_numeral_in_brackets_starts_each_flattened_row():
    text = "项目名称：示例渡口项目\n序号三级指标年度指标值测算过程\n" + (
        "（Ⅰ）渡船安全检查12次运营台账\n（Ⅱ）救生衣配备200件采购合同\n（Ⅲ）乘客满意度≥90%问卷调查\n"
    )
    assert [(i.name, i.annual_target.raw) for i in indicators(text)] == [
        ("渡船安全检查", "12次"),
        ("救生衣配备", "200件"),
        ("乘客满意度", "≥90%"),
    ]


def test_labels_printed_after_the_name_and_its_value_in_a_flattened_row():
    # 三级指标|年度指标值|一级指标|二级指标|指标值设定说明: the row up to its labels is the name and the value, the
    # text after them the last column's
    text = "项目名称：示例渡口项目\n三级指标年度指标值一级指标二级指标指标值设定说明\n" + (
        "渡船安全检查每月1次产出指标数量指标按运营台账\n救生衣配备率100%产出指标质量指标采购合同\n"
        "乘客满意度≥90%满意度指标服务对象满意度指标问卷调查\n"
    )
    got = [(i.level1.name, i.level2.name, i.name, i.annual_target.raw, dict(i.extra)) for i in indicators(text)]
    assert got == [
        ("产出指标", "数量指标", "渡船安全检查", "每月1次", {"指标值设定说明": "按运营台账"}),
        ("产出指标", "质量指标", "救生衣配备率", "100%", {"指标值设定说明": "采购合同"}),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", {"指标值设定说明": "问卷调查"}),
    ]


def test_labels_printed_after_the_name_in_their_own_order_二级_first():
    text = "项目名称：示例渡口项目\n三级指标指标值二级指标一级指标数据来源\n" + (
        "渡船安全检查12次数量指标产出指标县交通运输局\n乘客满意度≥90%服务对象满意度指标满意度指标县渡口管理站\n"
    )
    got = [(i.level1.name, i.level2.name, i.name, i.annual_target.raw, dict(i.extra)) for i in indicators(text)]
    assert got == [
        ("产出指标", "数量指标", "渡船安全检查", "12次", {"数据来源": "县交通运输局"}),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", {"数据来源": "县渡口管理站"}),
    ]
