// Column names as HR systems and other nine-box tools export them (DOMAIN.md, Input sheets: "Exports from HR
// systems … are expected"). These are matched exactly, like DOMAIN.md's own aliases, after them in precedence;
// headers that merely contain one of them (with a year or extra words) are matched by headerMatch.ts as guesses.
//
// Sources (looked up for issue 15; none of these systems publishes one fixed roster export: every one lets the
// administrator choose the fields, so these are the field names they use, not a file layout):
// - Workday: worker fields "Worker", "Employee ID", "Business Title", "Supervisory Organization", "Worker's
//   Manager", "Years of Service" (Workday REST worker resource as documented by Workato's connector,
//   docs.workato.com/connectors/workday-rest/new-worker-trigger.html; api-evangelist/workday json-schema
//   workday-worker-schema.json: workerID, businessTitle, primarySupervisoryOrganization). A Workday "People List"
//   export as another nine-box tool takes it (bencan1a/9boxer resources/user-guide/docs/employee-data.md):
//   "Employee ID", "Worker", "Current Performance", "Current Potential", "Business Title", "Job Level - Primary
//   Position", "Direct Manager", "Management Chain - Level 04", "2023 Completed Performance Rating".
// - SAP SuccessFactors: the User Data File (UDF), a CSV with two header rows (system keys, then labels): STATUS,
//   USERID, USERNAME, FIRSTNAME, LASTNAME, MANAGER, HR, DEPARTMENT, DIVISION, TITLE, EMPID
//   (learning.sap.com "Managing User Data"; kba.altaflux.com/docs/user-data-file); ratings come from the
//   Performance-Potential Matrix Grid Report (SAP KBA 2848549, 2536013): "Performance Rating", "Potential Rating".
// - 钉钉 DingTalk 智能人事 花名册 and 飞书 Feishu 人事: employee fields 工号 (job_number / employee_no), 姓名, 部门,
//   职位 (title / job_title), 入职时间 (hired_date / join_time) (field table comparing 企业微信/钉钉/飞书 sync,
//   www.zhu-ma.com/help/1001156.html; open.feishu.cn corehr docs); 直属主管 is DingTalk's 花名册 label for the line
//   manager, 直属上级 Feishu's.
// - 北森 Beisen, 用友 Yonyou, 金蝶 Kingdee: no public export template was found; their documented employee fields
//   use 员工编号/人员编码/员工工号, 员工姓名/人员姓名, 所属部门/部门名称, 职位/职务/岗位名称, 直接上级, and talent-review
//   results 绩效等级/绩效结果 (司龄, tenure at the company, is not 工龄 and is left alone), 潜力等级/潜力评估, 九宫格/九宫格位置 (the same words DOMAIN.md already accepts, plus these).
// - Nine-box tools (bencan1a/9boxer): "9-Box Label", "Talent Mapping Position" — the box of an earlier review,
//   read here as the previous box (上期九宫格).
import type { FieldKey } from '../../domain/settings';

/** Column names accepted per field, in order of precedence (DOMAIN.md's alias table). */
export const ALIASES: Record<FieldKey, readonly string[]> = {
  id: ['工号', '员工编号', '人员编号', '编号', 'ID', 'Employee ID', 'Staff ID', 'EmpID', 'Employee number'],
  name: ['姓名', '名字', 'Name', 'Full name'],
  department: ['部门', '所属部门', 'Department', 'Dept'],
  manager: ['直接上级', '上级', '经理', 'Manager', 'Line manager'],
  position: ['岗位', '职位', 'Position', 'Job title', 'Title'],
  category: ['工程师类别', '类别', 'Category', 'Engineer category'],
  level: ['培育层级', '层级', 'Level', 'Tier'],
  years: ['工龄', '工作年限', 'Years of experience', 'Years of service', 'Experience'],
  workStart: ['参加工作时间', '参加工作日期', 'Work start date', 'Work start'],
  keyPosition: ['关键岗位', '是否关键岗位', 'Key position'],
  performance: ['绩效', '绩效等级', '绩效结果', '年度绩效', 'Performance', 'Performance rating'],
  performanceScore: ['绩效得分', '绩效分数', 'Performance score'],
  potential: ['潜力', '潜力等级', '发展潜力', 'Potential', 'Potential rating'],
  potentialScore: ['潜力得分', '潜力分数', 'Potential score'],
  research: ['专业技术研究能力', '专业技术研究', 'Technical research', 'Technical research ability'],
  practice: [
    '工程实践与应用能力', '工程实践与应用', 'Engineering practice', 'Engineering practice & application',
    'Engineering practice and application', 'Engineering practice ability',
  ],
  problemSolving: ['复杂问题解决能力', '复杂问题解决', 'Complex problem solving', 'Complex problem solving ability'],
  integration: [
    '专业学科交叉与整合能力', '专业学科交叉与整合', 'Cross-discipline integration', 'Cross-discipline integration ability',
  ],
  innovation: ['创新变革能力', '创新变革', 'Innovation', 'Innovation & change', 'Innovation and change', 'Innovation ability'],
  projectsLed: ['牵头大型/复杂工程项目数', '牵头重大项目数', '牵头项目数', 'Projects led'],
  careerInterest: ['职业兴趣', '发展意向', '职业通道', 'Career interest', 'Career track'],
  flightRisk: ['流失风险', '离职风险', 'Flight risk', 'Attrition risk'],
  inPool: ['在库', '是否在库', 'In pool'],
  mentorId: ['导师工号', '导师', 'Mentor ID', 'Mentor'],
  previousBox: ['上期九宫格', '上期格位', 'Previous box'],
  postPerformance: ['岗位绩效', '岗位绩效等级', 'Post performance'],
  postPerformanceScore: ['岗位绩效得分', 'Post performance score'],
  innovationPerformance: ['创新绩效', '创新绩效等级', 'Innovation performance'],
  innovationPerformanceScore: ['创新绩效得分', 'Innovation performance score'],
  patents: ['专利数', 'Patents'],
  inventionPatents: ['发明专利数', 'Invention patents'],
  resultsTransferred: ['成果转化数', 'Results transferred'],
  apprentices: ['带徒人数', '传技带徒人数', 'Apprentices taught', 'Apprentices'],
  innovations: ['技术革新数', 'Innovations'],
};

/** Column names as exported by the systems above (exact matches, after DOMAIN.md's). */
export const EXPORT_ALIASES: Partial<Record<FieldKey, readonly string[]>> = {
  id: ['人员编码', '员工编码', '职工编号', 'Worker ID', 'Employee Number', 'USERID', 'EMPID', 'User ID', 'Person Number'],
  name: ['员工姓名', '人员姓名', '姓名(中文)', 'Worker', 'Employee Name', 'Employee', 'Legal Name', 'Preferred Name'],
  department: [
    '部门名称', '主部门', '部门全称', '所在部门', 'Supervisory Organization', 'Organization', 'Department Name', 'Team',
  ],
  manager: ['直属主管', '直属上级', '直接主管', '汇报对象', '直属领导', "Worker's Manager", 'Direct Manager', 'Manager Name', 'Supervisor', 'Reports To'],
  position: ['职务', '岗位名称', '职位名称', 'Business Title', 'Job Profile', 'Job Title Name'],
  performance: [
    '绩效等级结果', '绩效考核结果', '考核结果', '考核等级', 'Performance Rating', 'Current Performance', 'Overall Performance Rating',
  ],
  potential: ['潜力评估', '潜力评估结果', 'Current Potential', 'Potential Rating', 'Talent Potential'],
  previousBox: [
    '九宫格', '九宫格位置', '九宫格结果', '人才九宫格', '9-Box', '9 Box', 'Nine Box', '9-Box Label', '9-Box Position',
    'Talent Mapping Position', 'Nine-Box Position',
  ],
};
