"""Render every tests/corpus/data/<doc>.json as a ruled budget-table PDF (docs/<doc>.pdf) with reportlab,
then run `pdftotext -layout` on it (docs/<doc>.pdftotext.txt).

Written for the blind corpus; shares no code with the parser under test.
Usage: python tests/corpus/render_pdf.py

Layout (as Word-exported 项目支出绩效目标表 PDFs):
- A4 portrait; landscape for the wide coded and self-evaluation grids.
- per project: the title line, the header block as a ruled key/value table (项目资金（万元） spans its money
  rows, 总体目标 spans 实施期目标 / 年度目标 side by side), then the grid as its own Table (repeatRows=1 so the
  grid header repeats on the next page) with real SPANs for merged 一级/二级 blocks, VALIGN MIDDLE.
- body 9 pt (portrait) / 8.5 pt (landscape); dev_04 and held_02 are printed at 11 pt in a table 78 % of the
  page width, so their first project's grid already crosses the page.
- projects follow each other on the same page (no page break between projects), so grids cross page breaks.
- some documents open with an unrelated 2025年部门收支总表 on its own page.
- the grid is split across pages by OUR split() (GridTable below), at any row boundary, also inside a
  一级/二级 span: reportlab's own Table.split (splitInRow=0, the default) never breaks inside a row span; it
  moves the break up to the last row boundary outside every span (see README). Where OUR split cuts a span,
  the label is printed once, in the part on the first page (Word behaviour: the continuation part is an
  empty merged cell), except in REPEAT_LABEL_DOCS where the label is printed again in the continuation part.
- STSong-Light (built-in CID font, not embedded) lacks ² ³ ·; those three characters are drawn with the
  Vera TTF bundled with reportlab (embedded subset), so the text layer keeps them.
"""

import glob
import json
import os
import subprocess
import sys
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("Vera", os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")))
FONT = "STSong-Light"
FALLBACK = {"²", "³", "·"}  # not in STSong-Light's encoding

# The corpus folder: this one, or another made the same way (python tests/corpus/render_pdf.py tests/corpus2).
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
DOCS = os.path.join(HERE, "docs")

CAT1, CAT2 = "一级指标", "二级指标"
LANDSCAPE_VARIANTS = ("coded", "self_evaluation")
# Documents that open with an unrelated 部门收支总表, each with the seed of its invented numbers (its position in
# the tuple its set was rendered with: corpora 2, 4 and 5 had tuples of their own, so that regenerating any set
# gives its PDFs again, byte for byte in their text).
EXTRA_TABLE_DOCS = {
    "blind44_02": 67,
    "blind44_06": 68,
    "blind45_02": 69,
    "blind45_06": 70,
    "blind42_03": 63,
    "blind42_07": 64,
    "blind43_02": 65,
    "blind43_06": 66,
    "blind41_02": 61,
    "blind41_06": 62,
    "blind40_03": 59,
    "blind40_07": 60,
    "blind39_02": 57,
    "blind39_06": 58,
    "blind38_02": 55,
    "blind38_06": 56,
    "blind37_02": 53,
    "blind37_06": 54,
    "blind36_02": 51,
    "blind36_06": 52,
    "blind35_02": 49,
    "blind35_06": 50,
    "blind34_02": 47,
    "blind34_06": 48,
    "blind33_02": 45,
    "blind33_06": 46,
    "blind32_02": 43,
    "blind32_06": 44,
    "blind31_03": 41,
    "blind31_07": 42,
    "blind30_02": 39,
    "blind30_06": 40,
    "blind29_02": 37,
    "blind29_06": 38,
    "blind28_03": 35,
    "blind28_07": 36,
    "blind27_02": 33,
    "blind27_06": 34,
    "blind26_03": 31,
    "blind26_06": 32,
    "blind25_02": 29,
    "blind25_07": 30,
    "blind24_03": 27,
    "blind24_06": 28,
    "blind23_03": 25,
    "blind23_06": 26,
    "blind22_04": 23,
    "blind22_07": 24,
    "blind21_03": 21,
    "blind21_07": 22,
    "blind20_02": 19,
    "blind20_06": 20,
    "blind19_02": 7,
    "blind19_07": 8,
    "dev_02": 0,
    "held_01": 1,
    "held_04": 2,
    "blind2_01": 0,
    "blind2_06": 1,
    "blind3_04": 5,
    "blind3_08": 6,
    "blind4_03": 0,
    "blind4_08": 1,
    "blind5_02": 0,
    "blind5_06": 1,
    "blind6_02": 0,
    "blind6_08": 1,
    "blind7_03": 0,
    "blind7_07": 1,
    "blind8_02": 0,
    "blind8_06": 1,
    "blind9_03": 2,
    "blind9_07": 3,
    "blind10_03": 4,
    "blind10_06": 5,
    "blind11_02": 6,
    "blind11_06": 7,
    "blind12_03": 8,
    "blind12_07": 9,
    "blind13_02": 10,
    "blind13_06": 11,
    "blind14_03": 12,
    "blind14_07": 13,
    "blind15_02": 14,
    "blind15_06": 15,
    "blind16_04": 16,
    "blind17_05": 17,
    "blind18_03": 18,
}
REPEAT_LABEL_DOCS = (
    "blind32_03",
    "blind31_04",
    "blind30_03",
    "blind29_01",
    "blind28_04",
    "blind27_03",
    "blind26_04",
    "blind25_03",
    "blind24_07",
    "blind23_01",
    "blind22_05",
    "blind21_04",
    "blind20_07",
    "blind19_03",
    "dev_03",
    "held_03",
    "blind2_03",
    "blind3_03",
    "blind4_02",
    "blind5_05",
    "blind6_07",
    "blind7_06",
    "blind8_07",
    "blind9_06",
    "blind10_07",
    "blind11_05",
    "blind12_06",
    "blind13_08",
    "blind14_04",
    "blind15_07",
    "blind16_05",
    "blind17_03",
    "blind18_07",
)  # split spans print their label again
FONT_SIZE = {
    "blind44_04": 10.5,
    "blind44_07": 11,
    "blind45_04": 10.5,
    "blind45_07": 11,
    "blind42_04": 10.5,
    "blind42_06": 11,
    "blind43_04": 10.5,
    "blind43_07": 11,
    "blind41_04": 10.5,
    "blind41_07": 11,
    "blind40_04": 10.5,
    "blind40_06": 11,
    "blind39_04": 10.5,
    "blind39_07": 11,
    "blind38_04": 10.5,
    "blind38_07": 11,
    "blind37_04": 10.5,
    "blind37_07": 11,
    "blind36_07": 10.5,
    "blind35_04": 10.5,
    "blind35_07": 11,
    "blind34_04": 10.5,
    "blind34_07": 11,
    "blind33_04": 10.5,
    "blind33_07": 11,
    "blind32_04": 10.5,
    "blind32_07": 11,
    "blind31_02": 10.5,
    "blind31_06": 11,
    "blind30_04": 11,
    "blind30_07": 10.5,
    "blind29_03": 11,
    "blind29_05": 10.5,
    "blind29_07": 11.5,
    "blind28_02": 10.5,
    "blind28_05": 11,
    "blind28_08": 11.5,
    "blind27_05": 11,
    "blind27_08": 10.5,
    "blind27_07": 11.5,
    "blind26_02": 10.5,
    "blind26_05": 11,
    "blind26_07": 11.5,
    "blind25_01": 10.5,
    "blind25_05": 11,
    "blind25_08": 11.5,
    "blind24_02": 10.5,
    "blind24_04": 10,
    "blind24_07": 11,
    "blind23_01": 11,
    "blind23_04": 10.5,
    "blind23_08": 11.5,
    "blind22_03": 11,
    "blind22_06": 12,
    "blind22_08": 10.5,
    "blind21_02": 10.5,
    "blind21_05": 11,
    "blind21_08": 11.5,
    "blind20_01": 11,
    "blind20_04": 10.5,
    "blind20_07": 11.5,
    "blind19_03": 11,
    "blind19_06": 12,
    "dev_04": 11,
    "held_02": 11,
    "blind2_04": 11,
    "blind3_06": 11,
    "blind4_05": 11,
    "blind5_07": 11,
    "blind5_04": 10.5,
    "blind6_03": 11,
    "blind6_04": 10.5,
    "blind6_05": 11,
    "blind6_07": 9.5,
    "blind7_01": 9.5,
    "blind7_02": 10.5,
    "blind7_04": 11,
    "blind7_05": 11,
    "blind8_02": 10.5,
    "blind8_04": 11,
    "blind8_05": 10,
    "blind8_06": 11.5,
    "blind8_07": 10.5,
    "blind8_08": 11.5,
    "blind9_01": 10.5,
    "blind9_04": 10,
    "blind9_05": 11,
    "blind9_08": 11,
    "blind10_01": 12.5,
    "blind10_04": 10.5,
    "blind10_05": 11.5,
    "blind10_07": 13,
    "blind11_01": 11.5,
    "blind11_03": 12,
    "blind11_05": 12.5,
    "blind11_07": 10.5,
    "blind12_02": 10,
    "blind12_05": 12,
    "blind12_08": 11.5,
    "blind13_01": 10.5,
    "blind13_05": 12,
    "blind13_07": 11,
    "blind14_02": 10,
    "blind14_06": 12.5,
    "blind14_08": 11,
    "blind15_03": 10.5,
    "blind15_05": 11,
    "blind15_08": 10,
    "blind16_03": 10.5,
    "blind16_06": 11.5,
    "blind17_02": 10.5,
    "blind17_06": 12,
    "blind17_07": 11,
    "blind18_01": 10.5,
    "blind18_04": 11.5,
    "blind18_06": 12,
}  # print size: the first project's grid crosses the page
GOAL_KEYS = ("实施期目标", "长期目标", "中期目标")
FUNDING_KEYS = (
    "口岸建设专项资金",
    "税务系统专项经费",
    "展位费收入",
    "认证业务收入",
    "招商引资专项资金",
    "地方金融风险处置资金",
    "担保代偿补偿资金",
    "市场开办者自筹",
    "医疗救助资金",
    "长护险基金",
    "住房公积金增值收益",
    "提取服务专项",
    "交易服务费收入",
    "平台运营收入",
    "数据专项资金",
    "网信专项经费",
    "乡镇消防配套",
    "消防水源补助",
    "归集扩面专项",
    "保函平台服务费",
    "举报奖励资金",
    "省地震局项目经费",
    "镇村自筹编修经费",
    "处置收入留用",
    "人防易地建设费",
    "省预警工程配套",
    "邮政公司自筹",
    "就餐人员伙食费收入",
    "快递企业合作费",
    "警报设施维护费",
    "古籍整理出版补助",
    "地震群测群防补助",
    "基地运营单位投入",
    "周转房租金收入",
    "邮政普遍服务补贴",
    "残疾人就业保障金安排",
    "上级工会拨付",
    "工会会员会费",
    "妇儿工委专项",
    "社有企业投入",
    "红十字会募捐",
    "博爱捐赠",
    "科协专项",
    "学会会员费",
    "考试报名费收入",
    "技工院校学费收入",
    "国企内审协作经费",
    "不动产登记费收入",
    "发射台运维省级补助",
    "农村公路养护省级补助",
    "村村响运维补助",
    "外派劳务企业配套",
    "有线网络公司配套",
    "合作银行承担",
    "路域整治镇街配套",
    "军休服务保障专项",
    "粮食风险基金",
    "粮库自有资金",
    "上级气象部门补助",
    "森林草原防灭火专项",
    "应急管理专项转移支付",
    "宗教团体自筹",
    "1-7月执行数",
    "少数民族发展资金",
    "风电企业送出工程配套",
    "燃料加工企业自筹",
    "矿山恢复治理基金",
    "石墨企业配套",
    "萤石矿业权出让收益",
    "良种场经营收入",
    "大黄鱼养殖企业投入",
    "服务区经营单位投入",
    "锚地使用费收入",
    "港口企业配套",
    "依托企业配套",
    "技术交易服务收入",
    "众创空间运营方投入",
    "统计调查专项补助",
    "年鉴发行收入",
    "上级统计经费",
    "老年人家庭自付",
    "门球协会自筹",
    "检定收费结余",
    "棚改专项债券",
    "公房租金收入",
    "营地经营者投入",
    "游船公司自筹",
    "福利院自有资金",
    "殡仪馆事业收入",
    "旅行社协会配套",
    "市场开办方配套",
    "仲裁收费",
    "学校公用经费",
    "县老体协自筹",
    "青梅合作社自筹",
    "塘坝受益户筹资",
    "渡槽管护经费",
    "油橄榄企业投入",
    "楠木基地自筹",
    "渗滤液处理费返还",
    "回收企业押金结余",
    "早餐企业自筹",
    "二手车市场管理费返还",
    "松脂采集户投劳折资",
    "中央水污染防治资金",
    "芦苇收割收益",
    "电镀园区管委会投入",
    "便利店品牌商配套",
    "省级补助",
    "市级补助",
    "基金会资助",
    "索道运营收入",
    "上级转移支付",
    "邮政企业配套",
    "慈善捐赠",
    "捐赠收入",
    "柿农自筹",
    "社会组织资助",
    "企业冠名费",
    "合作社分红返还",
    "县级畜牧专项资金",
    "农商行贴息资金",
    "区级文化专项资金",
    "文化馆自有收入",
    "县级体育专项资金",
    "体育场馆运营收入",
    "校企合作资金",
    "景区门票分成",
    "村股份经济合作社投入",
    "市级产业扶持资金",
    "帮扶单位资金",
    "乡贤捐资",
    "科普专项资金",
    "街道配套资金",
    "园区管委会配套",
    "外贸企业配套资金",
    "村集体自筹",
    "社会捐赠",
    "体彩公益金",
    "企业配套投入",
    "林下经济专项",
    "企业自筹",
    "协会赞助",
    "镇级配套",
    "省级体育彩票公益金",
    "县本级财力安排",
    "合作社入股资金",
    "产业发展引导基金",
    "协会会费",
    "出口企业配套资金",
    "门票收入",
    "赛事冠名收入",
    "文旅融合发展资金",
    "林业碳汇收益",
    "一事一议奖补资金",
    "村民投工投劳折资",
    "以奖代补资金",
    "上级奖励资金",
    "企业捐资",
    "国企投入",
    "基金会捐赠",
    "银行借款",
    "乡镇财政资金",
    "龙头企业配套资金",
    "实施期资金总额",
    "年度资金总额",
    "其中：财政拨款",
    "其他资金",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "财政专户管理资金",
    "单位资金",
    "上级补助资金",
    "财政专户拨款",
    "中央补助资金",
    "省级补助资金",
    "本级财政资金",
    "执行率",
    "政府性基金预算资金",
    "上年结转资金",
    "政府专项债券资金",
    "市级补助资金",
    "中央水利发展资金",
    "县级配套资金",
    "社会捐赠资金",
    "事业收入",
    "上级转移支付资金",
    "单位自有资金",
    "自筹资金",
    "一般债券资金",
    "福利彩票公益金",
    "一般公共预算资金",
    "上级专项资金",
    "上级工会补助",
    "社会赞助资金",
    "区级财政资金",
    "中央预算内投资",
    "县级财政资金",
    "车购税补助资金",
    "专项债券资金",
    "超长期特别国债资金",
    "国有资本经营预算资金",
    "体育彩票公益金",
    "衔接推进乡村振兴补助资金",
    "旅游发展专项资金",
    "土地出让收入安排资金",
    "海洋渔业发展资金",
    "文物保护专项资金",
    "公共卫生服务补助资金",
    "乡村振兴衔接资金",
    "渔业发展补助资金",
    "非遗保护专项资金",
    "体育发展专项资金",
    "省级财政资金",
    "中央财政衔接资金",
    "自有资金",
    "上级资金",
    "预算执行率",
    "市级财政资金",
    "银行贷款",
    "企业自筹资金",
    "东西部协作资金",
    "以工代赈资金",
    "生态补偿资金",
    "村集体自筹资金",
    "农户自筹资金",
    "省级专项资金",
    "合作社自筹资金",
    "金融机构贷款",
    "对口支援资金",
    "乡镇自筹资金",
    "企业配套资金",
    "市级奖补资金",
    "中央林业改革发展资金",
    "文化产业发展专项资金",
    "非税收入安排资金",
    "社会资本投入",
    "渔民自筹资金",
    "信贷担保资金",
    "龙头企业投入",
    "结余资金",
    "省级林业专项资金",
)  # (年初预算数/全年预算数/全年执行数: corpus 5's 自评表 budget keys; 财政专户管理资金, 单位资金: corpus 6's money
# keys; 上级补助资金: corpus 7's; 财政专户拨款: corpus 8's)
LONG_TEXT = (
    "偏差原因及纠正措施",
    "测算说明",
    "偏差情况",
    "未完成说明",
    "审核要点",
    "失分原因",
    "未达原因",
    "未达标说明",
    "扣分缘由",
    "未完成缘由",
    "原因说明",
    "核实结果",
    "佐证材料清单",
    "目标设定理由",
    "执行偏差说明",
    "达标条件",
    "偏差及整改",
    "未达标整改计划",
    "未完成原因及整改计划",
    "差异原因及整改",
    "考核口径说明",
    "改进措施",
    "目标值说明",
    "计分口径",
    "未达成原因及后续安排",
    "问题整改打算",
    "偏差原因及改进计划",
    "偏差分析",
    "调整理由",
    "评分口径",
    "偏差说明与改进举措",
    "纠偏措施",
    "偏差原因及纠偏举措",
    "打分办法",
    "偏差成因及整改方向",
    "未完成原因说明",
    "达成路径",
    "质量要求",
    "任务来源",
    "指标解释",
    "评(扣)分标准",
    "评（扣）分标准",
    "偏差原因及改进措施",
    "指标值确定依据",
    "偏差原因分析及改进措施",
    "评分标准",
    "指标值说明",
    "数据来源",
    "指标说明",
    "佐证材料",
    "评分细则",
    "偏差原因",
    "考核方式",
    "指标来源",
    "评价标准",
    "取值依据",
    "未完成原因",
    "评分方法",
    "核验方式",
    "评分规则",
    "指标口径",
    "偏差原因及整改措施",
    "扣分标准",
    "数据采集方式",
    "指标解释及计算方法",
    "考核要求",
    "评价方法",
    "偏差原因分析",
    "未完成原因及改进措施",
    "佐证资料",
    "计分方法",
    "差异原因说明",
    "完成情况说明",
    "数据核查方式",
    "监测方式",
    "标准依据",
    "指标值来源",
    "统计口径",
    "评分要点",
    "计算公式",
    "完成情况分析",
    "偏差说明",
    "指标定义",
    "评价要点",
    "核查方法",
    "目标值设定理由",
    "佐证依据",
    "偏差原因及纠偏措施",
    "未达标原因",
    "测算依据",
    "绩效偏差说明",
    "原因分析",
    "指标释义",
    "评判标准",
    "数据口径",
    "指标设置理由",
    "计量方法",
    "证明材料",
    "扣分原因",
    "自评说明",
    "指标出处",
    "采集方式",
    "核实方法",
    "评分说明",
    "整改措施",
    "偏差原因及下一步措施",
    "指标设定依据",
    "数据来源说明",
    "指标解读",
    "绩效目标设定依据",
    "核算口径",
    "完成佐证",
    "未完成情况说明",
    "分析说明",
    "考评方式",
    "填报说明",
    "核算方法",
    "评分依据",
    "改进建议",
    "自评依据",
    "情况说明",
    "评分标准及方法",
    "未完成原因分析",
    "扣分说明",
    "指标解释说明",
    "差距分析",
    "计分规则",
    "备注说明",
    "整改落实情况",
    "达标判定",
    "保障措施",
    "实现路径",
    "预期成效",
    "调整说明",
    "工作措施",
    "风险提示",
)
# A column's weight in one document where two sets name the same column differently (corpora 34 and 35 were written
# at the same time: 调整理由 is 1.8 in corpus 34's 08 and 1.4 in corpus 35's 07; so were 38 and 39: 判断符 is 0.8 in
# corpus 38's 02 and 1.1 in corpus 39's 02; corpus 40's 1.2 for 数据来源渠道 was overridden in its own copy by the
# 1.6 an earlier corpus set, and is left out; 比较类型 is 0.9 in corpus 45's 02 and 0.8 in corpus 44's 02)
COL_WEIGHT_OF_DOC = {"blind35_07": {"调整理由": 1.4}, "blind39_02": {"判断符": 1.1}, "blind44_02": {"比较类型": 0.8}}
COL_WEIGHT = {
    "统计来源": 1.1,
    "测算说明": 1.4,
    "取值说明": 1.6,
    "关系类型": 0.8,
    "统计单位": 0.8,
    "实现方式": 1.1,
    "对接科室": 1.0,
    "标准说明": 1.4,
    "偏差原因及纠正措施": 2.0,
    "完成情况佐证": 1.2,
    "计算口径": 1.4,
    "考核单位": 1.2,
    "比较方向": 0.8,
    "核验科室": 1.1,
    "统计周期": 0.9,
    "运算符号": 0.8,
    "数量单位": 0.9,
    "牵头处室": 1.0,
    "比较类型": 0.9,
    "计量单位名称": 1.0,
    "数据归集方式": 1.1,
    "绩效责任人": 1.0,
    "考核口径": 1.1,
    "偏差情况": 2.2,
    "未完成说明": 2.2,
    "数据报送频次": 1.0,
    "完成时点": 1.2,
    "审核要点": 1.4,
    "比较要求": 0.9,
    "取证方式": 1.2,
    "志稿环节": 1.1,
    "判定符": 0.8,
    "关系符号": 0.9,
    "维护标准": 1.4,
    "佐证来源": 1.2,
    "考核频度": 0.9,
    "检验办法": 1.2,
    "参照依据": 1.4,
    "失分原因": 2.2,
    "整改时限": 1.2,
    "归口科室": 1.1,
    "质检环节": 1.0,
    "取值符号": 0.8,
    "佐证情况": 1.4,
    "未达原因": 2.2,
    "佐证载体": 1.2,
    "单位名称": 0.9,
    "取数口径": 1.2,
    "备查材料": 1.2,
    "大小关系": 0.9,
    "执行科室": 1.0,
    "指标依据": 1.3,
    "指标归口": 1.0,
    "指标等级": 0.8,
    "数值单位": 0.9,
    "数据来源科室": 1.2,
    "未达标说明": 2.2,
    "比较方法": 1.0,
    "比较标识": 0.8,
    "监测频率": 1.0,
    "计数单位": 0.9,
    "评估时点": 1.1,
    "运算标识": 0.8,
    "验收主体": 1.1,
    "依据条款": 1.4,
    "统计时点": 1.0,
    "比较条件": 0.9,
    "校验方式": 1.2,
    "计算关系": 0.9,
    "量度单位": 0.9,
    "成果载体": 1.2,
    "业务股室": 1.0,
    "标准文号": 1.6,
    "扣分缘由": 2.2,
    "未完成缘由": 2.2,
    "考核股室": 1.1,
    "口径备注": 1.3,
    "实施内容": 1.3,
    "服务事项": 1.4,
    "指标值类型": 1.0,
    "取值规则": 0.9,
    "佐证材料清单": 1.3,
    "采集渠道": 1.2,
    "关系运算符": 0.8,
    "指标值符号": 0.9,
    "实现时限": 1.0,
    "工作依据": 1.4,
    "考评方法": 1.3,
    "原因说明": 2.0,
    "核实结果": 1.6,
    "目标设定理由": 1.4,
    "1-7月执行情况": 1.3,
    "全年预计完成情况": 1.3,
    "完成目标可能性": 1.0,
    "比较运算符": 0.8,
    "数据采集时点": 1.2,
    "测量方式": 1.2,
    "比较符号": 0.9,
    "计算单位": 0.9,
    "考核部门": 1.2,
    "指标值单位": 0.9,
    "核验口径": 1.3,
    "数据报送单位": 1.3,
    "佐证形式": 1.3,
    "达标条件": 1.4,
    "执行偏差说明": 2.2,
    "复核科室": 1.0,
    "取值时点": 1.1,
    "计量方式": 1.1,
    "审核意见": 1.8,
    "值类型": 0.8,
    "逻辑符号": 0.8,
    "数据出处": 1.2,
    "考评口径": 1.2,
    "判断符": 0.8,
    "量值单位": 0.9,
    "检查方式": 1.1,
    "符号位": 0.8,
    "计值单位": 0.9,
    "依据文件": 1.6,
    "数据采集渠道": 1.3,
    "核查部门": 1.1,
    "目标值口径": 1.2,
    "留痕材料": 1.1,
    "偏差及整改": 2.2,
    "未达标整改计划": 2.2,
    "监管科室": 1.2,
    "指标编号": 0.9,
    "承接主体": 1.3,
    "验收节点": 1.1,
    "评估手段": 1.3,
    "上年同期值": 1.4,
    "佐证出处": 1.2,
    "衡量标准": 1.1,
    "运算关系": 0.9,
    "计量单元": 0.9,
    "单位符号": 0.9,
    "比对符": 0.9,
    "核验部门": 1.2,
    "测评途径": 1.1,
    "考核口径说明": 1.6,
    "采信材料": 1.2,
    "指标序号": 0.8,
    "未完成原因及整改计划": 2.2,
    "差异原因及整改": 2.0,
    "填报股室": 1.2,
    "省级下达值": 1.6,
    "监督方式": 1.1,
    "前三季度完成值": 1.4,
    "预计全年完成值": 1.4,
    "采集频次": 0.9,
    "对比基数": 1.2,
    "方向符": 0.8,
    "指标单位": 0.8,
    "目标值说明": 1.4,
    "取值单位": 0.8,
    "比较方式": 0.9,
    "主办股室": 0.9,
    "公示渠道": 1.1,
    "依据来源": 1.3,
    "标准类型": 1.0,
    "改进措施": 2.0,
    "口径说明": 1.3,
    "子项名称": 1.0,
    "子项内容": 1.0,
    "监测来源": 1.2,
    "数据责任人": 1.1,
    "比较关系": 0.9,
    "量纲": 0.8,
    "计分口径": 1.6,
    "上半年节点": 1.3,
    "标准出处": 1.4,
    "对标层级": 1.0,
    "未达成原因及后续安排": 2.2,
    "问题整改打算": 2.0,
    "督办科室": 1.1,
    "原定指标值": 1.6,
    "取证途径": 1.2,
    "证明材料类型": 1.2,
    "统计范围": 1.2,
    "评分口径": 1.6,
    "比较符": 0.8,
    "目标分解说明": 1.4,
    "标准来源": 1.1,
    "偏差原因及改进计划": 2.0,
    "偏差分析": 1.8,
    "数据提供科室": 1.1,
    "原指标值": 2.0,
    "调整理由": 1.8,
    "核验途径": 1.2,
    "备查资料": 1.2,
    "运算符": 0.8,
    "单位": 0.9,
    "打分办法": 1.6,
    "关系符": 0.8,
    "年度任务分解": 1.6,
    "采信来源": 1.2,
    "标准类别": 1.1,
    "偏差说明与改进举措": 2.0,
    "纠偏措施": 1.8,
    "承办股室": 1.1,
    "1-6月完成值": 1.3,
    "全年预计完成值": 1.3,
    "偏差原因及纠偏举措": 2.0,
    "截至6月底完成情况": 1.4,
    "预计全年完成情况": 1.4,
    "偏离预警": 1.0,
    "成果形式": 1.2,
    "验证方式": 1.2,
    "复核方式": 1.2,
    "量化标准": 1.4,
    "达成路径": 1.4,
    "台账名称": 1.3,
    "偏差成因及整改方向": 2.0,
    "未完成原因说明": 2.0,
    "公开方式": 1.2,
    "2026年度指标值": 1.6,
    "2027年度指标值": 1.6,
    "2026年预期值": 1.6,
    "2027年预期值": 1.6,
    "达成情况": 1.1,
    "考核责任人": 1.1,
    "质量要求": 1.4,
    "完成时间节点": 1.2,
    "衡量方法": 1.2,
    "信息来源": 1.2,
    "基准值": 1.3,
    "任务来源": 1.6,
    "检验方法": 1.2,
    "计量依据": 1.3,
    "判定方法": 1.2,
    "核对方式": 1.2,
    "主责科室": 1.1,
    "资料来源": 1.2,
    "上半年目标值": 1.8,
    "预期结果": 1.2,
    "监测手段": 1.2,
    "序号": 0.7,
    "一级指标": 1.5,
    "二级指标": 1.7,
    "三级指标": 3.0,
    "指标内容": 3.0,
    "指标名称": 3.2,
    "指标值": 2.2,
    "目标值": 2.2,
    "实施期指标值": 2.3,
    "长期指标值": 2.3,
    "中期指标值": 2.3,
    "年度指标值": 2.3,
    "实际完成值": 1.6,
    "分值": 0.8,
    "得分": 0.8,
    "权重": 0.8,
    "指标性质": 1.0,
    "计算符号": 1.0,
    "符号": 0.8,
    "度量单位": 1.0,
    "计量单位": 1.0,
    "指标方向性": 1.1,
    "指标值及单位": 2.4,
    "绩效标准": 1.4,
    "指标解释": 3.0,
    "评(扣)分标准": 3.0,
    "指标值确定依据": 2.0,
    "偏差原因及改进措施": 3.0,
    "备注": 1.6,
    "权重（%）": 0.9,  # corpus 6
    "偏差原因分析及改进措施": 3.0,  # corpus 6
    "评（扣）分标准": 3.0,
    "指标值设定依据": 1.6,
    "评分标准": 3.0,
    "指标值说明": 2.2,
    "数据来源": 1.8,
    "指标说明": 2.2,
    "佐证材料": 1.8,
    "评分细则": 2.6,
    "偏差原因": 2.4,
    "考核方式": 1.4,
    "指标来源": 1.8,
    "评价标准": 2.4,
    "取值依据": 2.0,
    "未完成原因": 2.4,
    "是否核心指标": 0.9,
    "评分方法": 2.2,
    "核验方式": 1.8,
    "指标类别": 1.1,
    "责任科室": 1.2,
    "评分规则": 2.2,
    "指标口径": 2.0,
    "偏差原因及整改措施": 2.6,
    "指标方向": 1.0,
    "扣分标准": 2.2,
    "数据采集方式": 1.8,
    "指标解释及计算方法": 3.0,
    "牵头股室": 1.2,
    "考核要求": 2.0,
    "评价方法": 1.8,
    "偏差原因分析": 2.6,
    "未完成原因及改进措施": 3.0,
    "佐证资料": 2.0,
    "指标类型": 0.9,
    "责任单位": 1.6,
    "计分方法": 2.0,
    "指标值来源": 1.6,
    "监测方式": 1.8,
    "标准依据": 1.8,
    "差异原因说明": 2.6,
    "完成情况说明": 2.2,
    "数据核查方式": 1.6,
    "统计口径": 1.8,
    "评分要点": 2.0,
    "计算公式": 2.4,
    "采集频率": 1.0,
    "牵头科室": 1.2,
    "佐证方式": 1.4,
    "完成情况分析": 2.6,
    "偏差说明": 2.6,
    "指标定义": 2.2,
    "评价要点": 2.2,
    "核查方法": 1.6,
    "数据提供单位": 1.6,
    "责任处室": 1.2,
    "目标值设定理由": 2.0,
    "佐证依据": 1.6,
    "偏差原因及纠偏措施": 2.8,
    "未达标原因": 2.4,
    "监测频次": 1.0,
    "测算依据": 1.8,
    "绩效偏差说明": 2.6,
    "原因分析": 2.4,
    "指标释义": 2.2,
    "评判标准": 2.2,
    "数据口径": 1.8,
    "责任股室": 1.1,
    "指标设置理由": 2.0,
    "计量方法": 1.6,
    "证明材料": 1.6,
    "扣分原因": 2.2,
    "自评说明": 1.8,
    "指标出处": 1.8,
    "采集方式": 1.8,
    "核实方法": 1.4,
    "评分说明": 2.0,
    "整改措施": 2.4,
    "偏差原因及下一步措施": 2.8,
    "指标设定依据": 1.8,
    "考核频次": 1.0,
    "数据来源说明": 1.8,
    "指标解读": 2.0,
    "绩效目标设定依据": 2.0,
    "核算口径": 1.8,
    "完成佐证": 1.6,
    "未完成情况说明": 2.4,
    "分析说明": 2.2,
    "监测部门": 1.8,
    "考评方式": 1.4,
    "填报说明": 2.0,
    "核算方法": 1.6,
    "上年实际值": 1.6,
    "评分依据": 1.8,
    "指标编码": 1.0,
    "预警值": 1.0,
    "考核主体": 1.4,
    "对标值": 1.4,
    "数据更新频率": 1.2,
    "监测点位": 1.6,
    "完成率": 1.0,
    "改进建议": 2.2,
    "评价周期": 1.2,
    "自评依据": 1.8,
    "情况说明": 2.2,
    "计量周期": 1.0,
    "基期值": 1.4,
    "是否关键指标": 0.9,
    "考核办法": 1.4,
    "确定依据": 1.8,
    "责任人": 1.0,
    "核验材料": 1.6,
    "预期完成时间": 1.4,
    "完成进度": 1.0,
    "未完成原因分析": 2.6,
    "扣分说明": 2.4,
    "数据来源及方式": 1.8,
    "评价主体": 1.4,
    "评分标准及方法": 2.6,
    "支撑材料": 1.4,
    "指标解释说明": 2.4,
    "上年完成值": 1.4,
    "备注说明": 1.6,
    "指标属性": 1.1,
    "责任部门": 1.2,
    "完成时限": 1.2,
    "核查依据": 1.4,
    "数据来源渠道": 1.6,
    "差距分析": 2.0,
    "佐证清单": 1.4,
    "评价频次": 1.0,
    "参照标准": 1.2,
    "上年目标值": 1.6,
    "业务处室": 1.1,
    "计分规则": 2.0,
    "历史值": 1.2,
    "验收方式": 1.2,
    "预期成效": 1.6,
    "核定依据": 1.4,
    "达标判定": 1.8,
    "考核节点": 1.0,
    "对应任务": 1.6,
    "测量工具": 1.2,
    "目标来源": 1.4,
    "整改落实情况": 2.4,
    "完成比例": 1.0,
    "保障措施": 1.4,
    "实现路径": 1.4,
    "年中目标值": 1.6,
    "配合单位": 1.3,
    "采集口径": 1.6,
    "验收标准": 1.2,
    "考核时点": 1.0,
    "计量说明": 1.4,
    "评估方式": 1.2,
    "分解任务": 1.6,
    "标杆值": 1.2,
    "实施措施": 1.3,
    "取数方式": 1.2,
    "工作措施": 1.6,
    "风险提示": 1.6,
    "实施主体": 1.6,
    "抽查比例": 1.0,
    "调整前指标值": 1.8,
    "调整说明": 1.8,
    "监测节点": 1.1,
    "目标依据": 1.2,
    "核查口径": 1.2,
}
GRID_LINE = 0.6


def style(size, align=TA_CENTER, bold=False):
    return ParagraphStyle(
        "s%s%s" % (size, align), fontName=FONT, fontSize=size, leading=size * 1.3, alignment=align, wordWrap="CJK"
    )


def para(text, st):
    s = escape(text)
    for ch in FALLBACK:
        s = s.replace(ch, '<font name="Vera">%s</font>' % ch)
    return Paragraph(s, st)


# ------------------------------------------------------------------ the grid, splittable inside spans
def blocks(rows, col):
    """Row ranges [start, end] of the merged blocks of category column col (0 = 一级, 1 = 二级).
    A block opens on a non-empty cell (an 二级 block also at every 一级 start) and runs over "" cells."""
    out = []
    for i, r in enumerate(rows):
        opens = i == 0 or r[col] != "" or (col == 1 and r[0] != "")
        if opens:
            out.append([i, i])
        else:
            out[-1][1] = i
    return out


class GridTable(Table):
    def __init__(self, columns, rows, width, size, repeat_label, carried=None):
        self.g_columns, self.g_rows = columns, [list(r) for r in rows]
        self.g_width, self.g_size, self.g_repeat = width, size, repeat_label
        cats = [j for j, c in enumerate(columns) if c in (CAT1, CAT2)][:2]
        self.g_cats = cats
        rows = [list(r) for r in rows]
        if carried and repeat_label:  # continuation part: print the running labels again
            for j in cats:
                if rows[0][j] == "":
                    rows[0][j] = carried[j]
        hs = style(size)
        cs, ls = style(size), style(size, TA_LEFT)
        data = [[para(c, hs) for c in columns]]
        for r in rows:
            data.append([para(v, ls if columns[j] in LONG_TEXT else cs) for j, v in enumerate(r)])
        weights = {**COL_WEIGHT, **COL_WEIGHT_OF_DOC.get(RENDERING, {})}
        w = [weights.get(c, 1.5) for c in columns]
        colw = [width * x / sum(w) for x in w]
        cmds = [
            ("GRID", (0, 0), (-1, -1), GRID_LINE, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if cats and cats[0] == 0:
            for j, col in zip(cats, (0, 1)):
                for a, b in blocks(rows, col):
                    if b > a:
                        cmds.append(("SPAN", (j, a + 1), (j, b + 1)))
        Table.__init__(self, data, colWidths=colw, repeatRows=1, style=TableStyle(cmds))
        self.g_carried_in = carried or {}

    def running_labels(self, upto):
        """The 一级/二级 labels in force at data row `upto` (for the continuation part)."""
        lab = dict(self.g_carried_in)
        for r in self.g_rows[: upto + 1]:
            for j in self.g_cats:
                if r[j] != "":
                    lab[j] = r[j]
            if self.g_cats and r[self.g_cats[0]] != "" and len(self.g_cats) > 1:
                lab[self.g_cats[1]] = r[self.g_cats[1]]
        return lab

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        hts = self._rowHeights
        used, n = hts[0], 0
        for h in hts[1:]:
            if used + h > availHeight:
                break
            used += h
            n += 1
        if n >= len(self.g_rows):
            return [self]
        while n >= 2:  # keep at least two rows under the header
            first = GridTable(
                self.g_columns, self.g_rows[:n], self.g_width, self.g_size, self.g_repeat, self.g_carried_in
            )
            if first.wrap(availWidth, availHeight)[1] <= availHeight:
                break  # a cut span may wrap its label and grow its part
            n -= 1
        if n < 2:
            return []
        rest = GridTable(
            self.g_columns, self.g_rows[n:], self.g_width, self.g_size, self.g_repeat, self.running_labels(n - 1)
        )
        return [first, rest]


# ------------------------------------------------------------------ header block
class HeaderTable(Table):
    def split(self, availWidth, availHeight):  # never cut the header block; move it to the next page
        return []


def header_table(header, width, size):
    ks, vs, ls = style(size), style(size), style(size, TA_LEFT)
    colw = [width * x for x in (0.16, 0.34, 0.16, 0.34)]
    data, cmds = (
        [],
        [
            ("GRID", (0, 0), (-1, -1), GRID_LINE, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )
    items = list(header)
    i = 0
    while i < len(items):
        k, v = items[i]
        r = len(data)
        nxt = items[i + 1] if i + 1 < len(items) else (None, None)
        if k in ("主管部门", "项目属性") and nxt[0] in ("实施单位", "项目期"):
            data.append([para(k, ks), para(v, vs), para(nxt[0], ks), para(nxt[1], vs)])
            i += 2
        elif k == "项目资金（万元）":
            j = i + 1
            while j < len(items) and items[j][0] in FUNDING_KEYS:
                j += 1
            money = items[i + 1 : j]
            for m, (mk, mv) in enumerate(money):
                data.append([para(k if m == 0 else "", ks), para(mk, ks), para(mv, vs), ""])
                cmds.append(("SPAN", (2, r + m), (3, r + m)))
            if v:  # a value on the key row itself (not in data)
                data[r][0] = para(k + " " + v, ks)
            if len(money) > 1:
                cmds.append(("SPAN", (0, r), (0, r + len(money) - 1)))
            i = j
        elif k in GOAL_KEYS and nxt[0] == "年度目标":
            data.append([para("总体目标", ks), para(k, ks), para(nxt[0], ks), ""])
            data.append(["", para(v, ls), para(nxt[1], ls), ""])
            cmds += [("SPAN", (0, r), (0, r + 1)), ("SPAN", (2, r), (3, r)), ("SPAN", (2, r + 1), (3, r + 1))]
            i += 2
        else:
            data.append([para(k, ks), para(v, vs if k == "项目名称" else ls), "", ""])
            cmds.append(("SPAN", (1, r), (3, r)))
            i += 1
    return HeaderTable(data, colWidths=colw, style=TableStyle(cmds))


# ------------------------------------------------------------------ an unrelated budget table
def budget_table(width, seed):
    rows = [
        ("201", "一般公共服务支出", 1280.45),
        ("20103", "政府办公厅（室）及相关机构事务", 860.20),
        ("2010301", "行政运行", 612.80),
        ("2010350", "事业运行", 247.40),
        ("208", "社会保障和就业支出", 356.72),
        ("20805", "行政事业单位养老支出", 356.72),
        ("2080505", "机关事业单位基本养老保险缴费支出", 238.15),
        ("2080506", "机关事业单位职业年金缴费支出", 118.57),
        ("210", "卫生健康支出", 142.30),
        ("21011", "行政事业单位医疗", 142.30),
        ("221", "住房保障支出", 175.60),
        ("22102", "住房改革支出", 175.60),
        ("2210201", "住房公积金", 175.60),
    ]
    k = 1 + seed * 0.07
    s = style(9)
    ls = style(9, TA_LEFT)
    data = [[para(c, s) for c in ("科目编码", "科目名称", "金额")]]
    tot = 0.0
    for code, name, amt in rows:
        a = round(amt * k, 2)
        if len(code) == 3:
            tot += a
        data.append([para(code, ls), para(name, ls), para("%.2f" % a, style(9, 2))])
    data.append([para("", s), para("合计", s), para("%.2f" % tot, style(9, 2))])
    t = Table(
        data,
        colWidths=[width * 0.2, width * 0.55, width * 0.25],
        repeatRows=1,
        style=TableStyle([("GRID", (0, 0), (-1, -1), GRID_LINE, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
    )
    return [
        para("2025年部门收支总表", style(15)),
        Spacer(1, 4),
        para("单位：万元", style(9, 2)),
        Spacer(1, 3),
        t,
        PageBreak(),
    ]


# ------------------------------------------------------------------ document
def footer(canv, doc):
    canv.saveState()
    canv.setFont(FONT, 9)
    w, _ = doc.pagesize
    canv.drawCentredString(w / 2, 0.8 * cm, "- %d -" % doc.page)
    canv.restoreState()


RENDERING = ""  # the document being rendered (for COL_WEIGHT_OF_DOC)


def render(doc_id):
    global RENDERING
    RENDERING = doc_id
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    wide = doc["variant"] in LANDSCAPE_VARIANTS
    pagesize = landscape(A4) if wide else A4
    margin = 1.6 * cm
    width = (pagesize[0] - 2 * margin) * (0.78 if doc_id in FONT_SIZE else 1.0)  # Word tables need not fill the page
    size = FONT_SIZE.get(doc_id, 8.5 if wide else 9)
    story = []
    if doc_id in EXTRA_TABLE_DOCS:
        story += budget_table(width, EXTRA_TABLE_DOCS[doc_id])
    for i, p in enumerate(doc["projects"]):
        if i:
            story.append(Spacer(1, 14))
        title = para(doc["title"], style(14))
        title.keepWithNext = 1  # never leave the title alone at the foot of a page
        title.style = ParagraphStyle("title", parent=title.style, spaceAfter=6)
        story += [title, header_table(p["header"], width, size)]
        story.append(GridTable(p["columns"], p["rows"], width, size, doc_id in REPEAT_LABEL_DOCS))
    out = os.path.join(DOCS, doc_id + ".pdf")
    SimpleDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=1.5 * cm,
        bottomMargin=1.6 * cm,
        title=doc["title"],
        author="blind corpus",
    ).build(story, onFirstPage=footer, onLaterPages=footer)
    subprocess.run(["pdftotext", "-layout", out, os.path.join(DOCS, doc_id + ".pdftotext.txt")], check=True)
    return out


def main():
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        print(render(doc_id))


if __name__ == "__main__":
    main()
