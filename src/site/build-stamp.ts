// The build's one timestamp. SOURCE_DATE_EPOCH (seconds) makes two builds of a commit identical.
const epoch = process.env.SOURCE_DATE_EPOCH;
export const generatedAt = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString();
